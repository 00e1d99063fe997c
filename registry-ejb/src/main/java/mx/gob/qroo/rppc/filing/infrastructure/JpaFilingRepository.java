package mx.gob.qroo.rppc.filing.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import mx.gob.qroo.rppc.filing.domain.Filing;
import mx.gob.qroo.rppc.filing.domain.FilingRepository;
import mx.gob.qroo.rppc.shared.domain.EntryNumber;
import mx.gob.qroo.rppc.shared.domain.TrackingCode;

@ApplicationScoped
public class JpaFilingRepository implements FilingRepository {

  @PersistenceContext(unitName = "registry")
  private EntityManager em;

  protected JpaFilingRepository() {}

  /** For use outside a container (database tests). */
  public JpaFilingRepository(EntityManager em) {
    this.em = em;
  }

  @Override
  public void store(Filing filing) {
    em.persist(filing);
    em.flush();
  }

  @Override
  public Optional<Filing> findByEntryNumber(EntryNumber entryNumber) {
    return em.createQuery("select f from Filing f where f.entryNumber = :entryNumber", Filing.class)
        .setParameter("entryNumber", entryNumber)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<Filing> findByTrackingCode(TrackingCode trackingCode) {
    return em.createQuery("select f from Filing f where f.trackingCode = :code", Filing.class)
        .setParameter("code", trackingCode)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<Filing> latest(int limit) {
    return em.createQuery(
            "select f from Filing f order by f.receivedAt desc, f.id desc", Filing.class)
        .setMaxResults(limit)
        .getResultList();
  }
}
