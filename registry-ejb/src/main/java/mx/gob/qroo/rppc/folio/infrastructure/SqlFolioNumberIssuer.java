package mx.gob.qroo.rppc.folio.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import mx.gob.qroo.rppc.folio.domain.FolioKind;
import mx.gob.qroo.rppc.folio.domain.FolioNumber;
import mx.gob.qroo.rppc.folio.domain.FolioNumberIssuer;
import mx.gob.qroo.rppc.shared.domain.Office;
import mx.gob.qroo.rppc.shared.infrastructure.GaplessCounter;

/** Folio numbers from a gapless counter per office and kind, like entry numbers. */
@ApplicationScoped
public class SqlFolioNumberIssuer implements FolioNumberIssuer {

  private static final GaplessCounter COUNTER =
      new GaplessCounter("folio.folio_number_counter", "office", "kind");

  @PersistenceContext(unitName = "registry")
  private EntityManager em;

  protected SqlFolioNumberIssuer() {}

  public SqlFolioNumberIssuer(EntityManager em) {
    this.em = em;
  }

  @Override
  public FolioNumber next(Office office, FolioKind kind) {
    return new FolioNumber(office, kind, COUNTER.next(em, office.name(), kind.name()));
  }
}
