package mx.gob.qroo.rppc.shared.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import mx.gob.qroo.rppc.shared.domain.HolidayRepository;

/**
 * Reads {@code shared.holiday} with a native query: the calendar is a plain lookup table that no
 * context writes through JPA, so it needs no entity.
 */
@ApplicationScoped
public class SqlHolidayRepository implements HolidayRepository {

  private static final String BETWEEN =
      "select h.day from shared.holiday h where h.day between ?1 and ?2 order by h.day";

  @PersistenceContext(unitName = "registry")
  private EntityManager em;

  protected SqlHolidayRepository() {}

  public SqlHolidayRepository(EntityManager em) {
    this.em = em;
  }

  @Override
  public List<LocalDate> between(LocalDate fromInclusive, LocalDate toInclusive) {
    if (fromInclusive == null || toInclusive == null) {
      throw new IllegalArgumentException("el rango de fechas requiere inicio y fin");
    }
    if (toInclusive.isBefore(fromInclusive)) {
      return List.of();
    }
    List<?> rows =
        em.createNativeQuery(BETWEEN)
            .setParameter(1, fromInclusive)
            .setParameter(2, toInclusive)
            .getResultList();
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
