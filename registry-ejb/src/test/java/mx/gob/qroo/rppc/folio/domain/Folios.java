package mx.gob.qroo.rppc.folio.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import mx.gob.qroo.rppc.party.domain.Curp;
import mx.gob.qroo.rppc.party.domain.Holder;
import mx.gob.qroo.rppc.shared.domain.Office;

/** Test data: a property folio opened with Carla Gómez Rivera as its sole holder. */
public final class Folios {

  public static final Holder CARLA =
      Holder.naturalPerson(
          "Carla Gómez Rivera", Curp.of("GOMC850101MQRRRR09"), new BigDecimal("100"));

  private Folios() {}

  public static PropertyFolio openedAt(Instant opened) {
    PropertyFolio folio =
        new PropertyFolio(
            new FolioNumber(Office.CUN, FolioKind.PROPERTY, 7),
            opened,
            Municipality.BENITO_JUAREZ,
            "23005-001-0042",
            "Av. Tulum 12, SM 4, Cancún",
            new BigDecimal("250.00"));
    folio.sign(
        EntryDraft.of(EntryKind.OPENING).withHolders(List.of(CARLA)), null, "registrador1", opened);
    return folio;
  }
}
