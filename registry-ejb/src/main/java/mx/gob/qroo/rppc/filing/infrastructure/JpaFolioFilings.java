package mx.gob.qroo.rppc.filing.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import mx.gob.qroo.rppc.folio.domain.FolioFilings;
import mx.gob.qroo.rppc.folio.domain.FolioNumber;
import mx.gob.qroo.rppc.shared.domain.EntryNumber;

/** The filings' answers to the folio context, from the filings' own tables. */
@ApplicationScoped
public class JpaFolioFilings implements FolioFilings {

  @PersistenceContext(unitName = "registry")
  private EntityManager em;

  @Override
  public boolean namesFolio(EntryNumber filing, FolioNumber folio) {
    return !em.createNativeQuery(
            "select 1 from filing.filing_folio ff join filing.filing f on f.id = ff.filing_id"
                + " where ff.folio_number = ?1 and f.office = ?2 and f.entry_year = ?3"
                + " and f.entry_sequence = ?4")
        .setParameter(1, folio.toString())
        .setParameter(2, filing.office().name())
        .setParameter(3, filing.year())
        .setParameter(4, filing.sequence())
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }
}
