package mx.gob.qroo.rppc.filing.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.function.Supplier;
import mx.gob.qroo.rppc.filing.domain.EntryNumberIssuer;
import mx.gob.qroo.rppc.shared.domain.EntryNumber;
import mx.gob.qroo.rppc.shared.domain.Office;
import mx.gob.qroo.rppc.shared.domain.RegistryTime;
import mx.gob.qroo.rppc.shared.infrastructure.GaplessCounter;

/**
 * Entry numbers from a gapless counter per office and year: a rolled-back reception gives its
 * number back, concurrent receptions queue on the counter's row.
 */
@ApplicationScoped
public class SqlEntryNumberIssuer implements EntryNumberIssuer {

  private static final GaplessCounter COUNTER =
      new GaplessCounter("filing.entry_number_counter", "office", "entry_year");

  @PersistenceContext(unitName = "registry")
  private EntityManager em;

  protected SqlEntryNumberIssuer() {}

  public SqlEntryNumberIssuer(EntityManager em) {
    this.em = em;
  }

  @Override
  public Turn take(Office office, Supplier<Instant> clock) {
    // Hibernate flushes the whole persistence context before a native query unless told; the
    // counter and lock statements touch no entity: no auto-flush before them
    // one turn per office at a time, until the transaction ends (the counter row's own lock
    // comes too late: the instant must be read after the previous reception committed)
    em.createNativeQuery("select 1 from (select pg_advisory_xact_lock(hashtextextended(?1, 1))) l")
        .setFlushMode(FlushModeType.COMMIT)
        .setParameter(1, "entry-number:" + office.name())
        .getSingleResult();
    Instant receivedAt = clock.get();
    return new Turn(next(office, RegistryTime.yearOf(receivedAt)), receivedAt);
  }

  @Override
  public EntryNumber next(Office office, int year) {
    return new EntryNumber(office, year, COUNTER.next(em, office.name(), year));
  }
}
