package mx.gob.qroo.rppc.filing.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import mx.gob.qroo.rppc.filing.domain.Filing;
import mx.gob.qroo.rppc.filing.domain.FilingRepository;
import mx.gob.qroo.rppc.filing.domain.FilingStatus;
import mx.gob.qroo.rppc.shared.domain.EntryNumber;
import mx.gob.qroo.rppc.shared.domain.Office;
import mx.gob.qroo.rppc.shared.domain.TrackingCode;

@ApplicationScoped
public class JpaFilingRepository implements FilingRepository {

  private static final String PRELATION_ORDER =
      " order by f.priorityAt, f.entryNumber.office, f.entryNumber.year, f.entryNumber.sequence";

  @PersistenceContext(unitName = "registry")
  private EntityManager em;

  protected JpaFilingRepository() {}

  /** For use outside a container (database tests). */
  public JpaFilingRepository(EntityManager em) {
    this.em = em;
  }

  /**
   * A received filing and its act holders, folios and first transition, in one statement: the
   * reception's write is the hottest path of the registry, and one round trip without Hibernate's
   * persist, cascade and flush costs a fraction of theirs. Every column of the entity's mapping
   * that a reception fills is written here ({@code ReceptionPersistenceDbIT} reads each back
   * through the mapping). The statement runs at once, inside the caller's transaction.
   */
  @Override
  public void store(Filing filing) {
    var insert = new ReceptionInsert(filing);
    Query query = em.createNativeQuery(insert.sql()).setFlushMode(FlushModeType.COMMIT);
    List<Object> values = insert.values();
    for (int i = 0; i < values.size(); i++) {
      query.setParameter(i + 1, values.get(i));
    }
    query.executeUpdate();
  }

  @Override
  public Optional<Filing> findByEntryNumber(EntryNumber entryNumber) {
    return em.createQuery(
            "select f from Filing f join fetch f.procedureType where f.entryNumber = :entryNumber",
            Filing.class)
        .setParameter("entryNumber", entryNumber)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<Filing> findByTrackingCode(TrackingCode trackingCode) {
    return em.createQuery(
            // the steps come along: the public status shows them all
            "select f from Filing f join fetch f.procedureType left join fetch f.transitions"
                + " where f.trackingCode = :code",
            Filing.class)
        .setParameter("code", trackingCode)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<Filing> findByIdempotencyKey(String key) {
    return em.createQuery("select f from Filing f where f.idempotencyKey = :key", Filing.class)
        .setParameter("key", key)
        .getResultStream()
        .findFirst();
  }

  @Override
  public void lockIdempotencyKey(String key) {
    // a lock touches no entity: no auto-flush of the persistence context before it
    em.createNativeQuery("select 1 from (select pg_advisory_xact_lock(hashtextextended(?1, 0))) l")
        .setFlushMode(FlushModeType.COMMIT)
        .setParameter(1, key)
        .getSingleResult();
  }

  @Override
  public List<Filing> pendingOn(Collection<String> folioNumbers) {
    if (folioNumbers.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "select distinct f from Filing f join f.folioNumbers n"
                + " where n in :folios and f.status in :pending",
            Filing.class)
        .setParameter("folios", folioNumbers)
        .setParameter("pending", pending())
        .getResultList();
  }

  @Override
  public List<Filing> queue(
      Office office, Collection<FilingStatus> statuses, int offset, int limit) {
    return em.createQuery(
            "select f from Filing f where f.entryNumber.office = :office and f.status in :statuses"
                + PRELATION_ORDER,
            Filing.class)
        .setParameter("office", office)
        .setParameter("statuses", statuses.isEmpty() ? pending() : statuses)
        .setFirstResult(offset)
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public long countQueue(Office office, Collection<FilingStatus> statuses) {
    return em.createQuery(
            "select count(f) from Filing f where f.entryNumber.office = :office and f.status in :statuses",
            Long.class)
        .setParameter("office", office)
        .setParameter("statuses", statuses.isEmpty() ? pending() : statuses)
        .getSingleResult();
  }

  @Override
  public List<Filing> suspendedPast(LocalDate day) {
    return em.createQuery(
            "select f from Filing f where f.status = :suspended and f.correctionDueDate < :day",
            Filing.class)
        .setParameter("suspended", FilingStatus.SUSPENDED)
        .setParameter("day", day)
        .getResultList();
  }

  @Override
  public List<Filing> latest(int limit, Collection<Office> offices) {
    if (offices.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "select f from Filing f where f.entryNumber.office in :offices"
                + " order by f.receivedAt desc, f.id desc",
            Filing.class)
        .setParameter("offices", offices)
        .setMaxResults(limit)
        .getResultList();
  }

  private static EnumSet<FilingStatus> pending() {
    EnumSet<FilingStatus> pending = EnumSet.noneOf(FilingStatus.class);
    for (FilingStatus s : FilingStatus.values()) {
      if (s.isPending()) {
        pending.add(s);
      }
    }
    return pending;
  }
}
