package mx.gob.qroo.rppc.shared.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import java.time.LocalDate;
import java.util.List;
import mx.gob.qroo.rppc.shared.domain.HolidayRepository;

/**
 * Reads {@code shared.holiday} with a native query: the calendar is a plain lookup table that no
 * context writes through JPA, so it needs no entity. The whole table (a dozen days a year) is kept
 * by the {@link CatalogueCache} until a catalogue changes: every reception computes a due date.
 */
@ApplicationScoped
public class SqlHolidayRepository implements HolidayRepository {

  private static final String ALL = "select h.day from shared.holiday h order by h.day";

  @Inject private CatalogueCache cache;

  protected SqlHolidayRepository() {}

  /** Outside a container (database tests). */
  public SqlHolidayRepository(CatalogueCache cache) {
    this.cache = cache;
  }

  @Override
  public List<LocalDate> between(LocalDate fromInclusive, LocalDate toInclusive) {
    if (fromInclusive == null || toInclusive == null) {
      throw new IllegalArgumentException("el rango de fechas requiere inicio y fin");
    }
    if (toInclusive.isBefore(fromInclusive)) {
      return List.of();
    }
    List<LocalDate> all = cache.get("holidays", SqlHolidayRepository::load);
    return all.stream()
        .dropWhile(day -> day.isBefore(fromInclusive))
        .takeWhile(day -> !day.isAfter(toInclusive))
        .toList();
  }

  private static List<LocalDate> load(EntityManager em) {
    // a catalogue read never depends on this transaction's pending changes: no auto-flush
    List<?> rows = em.createNativeQuery(ALL).setFlushMode(FlushModeType.COMMIT).getResultList();
    return rows.stream().map(SqlHolidayRepository::toLocalDate).toList();
  }

  // Which Java type a native date column comes back as depends on the Hibernate version and its
  // settings; accept both rather than tie the repository to one.
  private static LocalDate toLocalDate(Object value) {
    if (value instanceof LocalDate day) {
      return day;
    }
    if (value instanceof java.sql.Date day) {
      return day.toLocalDate();
    }
    throw new IllegalStateException("tipo inesperado para shared.holiday.day: " + value);
  }
}
