package mx.gob.qroo.rppc.folio.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import mx.gob.qroo.rppc.folio.domain.FolioKind;
import mx.gob.qroo.rppc.folio.domain.FolioNumber;
import mx.gob.qroo.rppc.folio.domain.FolioNumberIssuer;
import mx.gob.qroo.rppc.shared.domain.Office;

/** One counter row per office and kind, incremented under its row lock like entry numbers. */
@ApplicationScoped
public class SqlFolioNumberIssuer implements FolioNumberIssuer {

  private static final String NEXT_VALUE =
      "insert into folio.folio_number_counter as c (office, kind, last_value) values (?1, ?2, 1)"
          + " on conflict (office, kind) do update set last_value = c.last_value + 1"
          + " returning c.last_value";

  @PersistenceContext(unitName = "registry")
  private EntityManager em;

  protected SqlFolioNumberIssuer() {}

  public SqlFolioNumberIssuer(EntityManager em) {
    this.em = em;
  }

  @Override
  public FolioNumber next(Office office, FolioKind kind) {
    // the counter touches no entity: no auto-flush of the persistence context before it
    Number value =
        (Number)
            em.createNativeQuery(NEXT_VALUE)
                .setFlushMode(FlushModeType.COMMIT)
                .setParameter(1, office.name())
                .setParameter(2, kind.name())
                .getSingleResult();
    return new FolioNumber(office, kind, value.longValue());
  }
}
