package mx.gob.qroo.rppc.shared.infrastructure;

import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.Query;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A series that never skips and never repeats: one row per key in a counter table, incremented by
 * an upsert whose row lock is held until the caller's transaction ends. Concurrent takers queue on
 * the row; a transaction that rolls back, or whose server dies, never commits its increment, so the
 * next taker gets the same number. A database sequence would leave gaps, so none is used.
 *
 * <p>The table has the key columns, {@code last_value} and a primary key on the key columns.
 */
public final class GaplessCounter {

  private static final Pattern IDENTIFIER =
      Pattern.compile("[a-z_][a-z0-9_]*(\\.[a-z_][a-z0-9_]*)?");

  private final String next;
  private final int keys;

  /** The counter kept in {@code table}, one row per value of {@code keyColumns}. */
  public GaplessCounter(String table, String... keyColumns) {
    List<String> names = List.of(keyColumns);
    if (names.isEmpty()
        || !IDENTIFIER.matcher(table).matches()
        || !names.stream().allMatch(c -> IDENTIFIER.matcher(c).matches() && !c.contains("."))) {
      throw new IllegalArgumentException("tabla o columnas de contador no válidas: " + table);
    }
    String columns = String.join(", ", names);
    StringBuilder values = new StringBuilder();
    for (int i = 1; i <= names.size(); i++) {
      values.append('?').append(i).append(", ");
    }
    this.next =
        "insert into "
            + table
            + " as c ("
            + columns
            + ", last_value) values ("
            + values
            + "1) on conflict ("
            + columns
            + ") do update set last_value = c.last_value + 1 returning c.last_value";
    this.keys = names.size();
  }

  /** The next value of the key's series, taken inside the transaction of {@code em}. */
  public long next(EntityManager em, Object... key) {
    if (key.length != keys) {
      throw new IllegalArgumentException("el contador lleva " + keys + " claves");
    }
    // the counter touches no entity: no auto-flush of the persistence context before it
    Query query = em.createNativeQuery(next).setFlushMode(FlushModeType.COMMIT);
    for (int i = 0; i < key.length; i++) {
      query.setParameter(i + 1, key[i]);
    }
    return ((Number) query.getSingleResult()).longValue();
  }
}
