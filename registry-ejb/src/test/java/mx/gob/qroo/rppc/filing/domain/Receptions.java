package mx.gob.qroo.rppc.filing.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import mx.gob.qroo.rppc.party.domain.Curp;
import mx.gob.qroo.rppc.shared.domain.EntryNumber;
import mx.gob.qroo.rppc.shared.domain.TrackingCode;

/** Test data: receptions of a sale with sensible defaults. */
public final class Receptions {

  public static final Applicant CARLA =
      new Applicant("Carla Gómez Rivera", Curp.of("GOMC850101MQRRRR09"));
  public static final Fee FEE =
      new Fee(new BigDecimal("20"), new BigDecimal("2262.80"), "20 UMA × $113.14");

  private Receptions() {}

  public static Reception sale(
      ProcedureType type, EntryNumber number, Instant at, List<String> folios) {
    return new Reception(
        number,
        TrackingCode.random(),
        type,
        CARLA,
        at,
        at,
        15,
        LocalDate.ofInstant(at, java.time.ZoneOffset.UTC).plusDays(21),
        folios,
        Act.none(),
        List.of(),
        1,
        FEE,
        null,
        "digest",
        null);
  }
}
