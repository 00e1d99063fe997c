package mx.gob.qroo.rppc.audit.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.MessageDigest;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import mx.gob.qroo.rppc.audit.domain.CompactRange;
import mx.gob.qroo.rppc.audit.domain.ExportedLeaf;
import mx.gob.qroo.rppc.audit.domain.LoggedEvent;
import mx.gob.qroo.rppc.audit.domain.MerkleLog;
import mx.gob.qroo.rppc.audit.domain.SealedEntry;
import mx.gob.qroo.rppc.audit.domain.Subtree;
import mx.gob.qroo.rppc.shared.infrastructure.Database;
import mx.gob.qroo.rppc.shared.infrastructure.Jdbc;

/** The tree in {@code audit.log_leaf}, {@code audit.log_node} and {@code audit.checkpoint}. */
@ApplicationScoped
public class SqlMerkleLog implements MerkleLog {

  static final String EVENT_COLUMNS =
      "e.id, e.occurred_at, e.actor, e.roles, e.client_address, e.action, e.resource_type,"
          + " e.resource_id, e.justification, e.outcome, e.request_id, e.detail, e.actor_subject,"
          + " encode(e.entry_hash, 'hex')";

  @Inject Database database;

  protected SqlMerkleLog() {}

  public SqlMerkleLog(Database database) {
    this.database = database;
  }

  @Override
  public long size() {
    return oneLong("select coalesce(max(leaf_index) + 1, 0) from audit.log_leaf");
  }

  @Override
  public Map<Subtree, byte[]> hashes(Collection<Subtree> subtrees) {
    if (subtrees.isEmpty()) {
      return Map.of();
    }
    List<Long> leaves = new ArrayList<>();
    List<Integer> levels = new ArrayList<>();
    List<Long> nodes = new ArrayList<>();
    for (Subtree s : subtrees) {
      if (s.level() == 0) {
        leaves.add(s.index());
      } else {
        levels.add(s.level());
        nodes.add(s.index());
      }
    }
    return work(
        c -> {
          Map<Subtree, byte[]> found = new HashMap<>();
          Jdbc.rows(
                  c,
                  "select 0, leaf_index, leaf_hash from audit.log_leaf where leaf_index = any (?)"
                      + " union all select n.level, n.node_index, n.hash from audit.log_node n"
                      + " join unnest(?::smallint[], ?::bigint[]) w (level, node_index)"
                      + " using (level, node_index)",
                  r -> Map.entry(new Subtree(r.getInt(1), r.getLong(2)), r.getBytes(3)),
                  c.createArrayOf("bigint", leaves.toArray()),
                  c.createArrayOf("smallint", levels.toArray()),
                  c.createArrayOf("bigint", nodes.toArray()))
              .forEach(hash -> found.put(hash.getKey(), hash.getValue()));
          return found;
        });
  }

  @Override
  public long lastAppendedEventId() {
    return oneLong("select coalesce(max(event_id), 0) from audit.log_leaf");
  }

  @Override
  public List<LoggedEvent> newerThan(long after, int limit) {
    return events(
        "select "
            + EVENT_COLUMNS
            + " from audit.access_event e where e.id > ? order by e.id limit ?",
        after,
        limit);
  }

  @Override
  public List<LoggedEvent> unappended(long after, long upTo, int limit) {
    return events(
        "select "
            + EVENT_COLUMNS
            + " from audit.access_event e where e.id > ? and e.id <= ? and not exists"
            + " (select 1 from audit.log_leaf l where l.event_id = e.id) order by e.id limit ?",
        after,
        upTo,
        limit);
  }

  private List<LoggedEvent> events(String sql, Object... parameters) {
    return work(c -> Jdbc.rows(c, sql, r -> event(r, 1), parameters));
  }

  @Override
  public List<Long> outsideTree(Instant before, int limit) {
    return work(
        c ->
            Jdbc.rows(
                c,
                "select e.id from audit.access_event e where e.occurred_at < ? and not exists"
                    + " (select 1 from audit.log_leaf l where l.event_id = e.id)"
                    + " order by e.id limit ?",
                r -> r.getLong(1),
                Timestamp.from(before),
                limit));
  }

  @Override
  public long newestEventBefore(Instant instant) {
    return work(c ->
            Jdbc.first(
                c,
                "select id from audit.access_event where occurred_at < ?"
                    + " order by occurred_at desc limit 1",
                r -> r.getLong(1),
                Timestamp.from(instant)))
        .orElse(0L);
  }

  @Override
  public void append(
      long firstIndex,
      List<LoggedEvent> events,
      List<byte[]> leafHashes,
      List<CompactRange.Completed> completed) {
    // one statement per table, the rows as arrays: a batch of single-row inserts costs the
    // database an executor run per row
    Long[] indexes = new Long[events.size()];
    Long[] eventIds = new Long[events.size()];
    for (int i = 0; i < events.size(); i++) {
      indexes[i] = firstIndex + i;
      eventIds[i] = events.get(i).id();
    }
    Integer[] levels = new Integer[completed.size()];
    Long[] nodeIndexes = new Long[completed.size()];
    byte[][] nodeHashes = new byte[completed.size()][];
    for (int i = 0; i < completed.size(); i++) {
      levels[i] = completed.get(i).subtree().level();
      nodeIndexes[i] = completed.get(i).subtree().index();
      nodeHashes[i] = completed.get(i).hash();
    }
    work(
        c -> {
          Jdbc.update(
              c,
              "insert into audit.log_leaf (leaf_index, event_id, leaf_hash)"
                  + " select * from unnest(?::bigint[], ?::bigint[], ?::bytea[])",
              c.createArrayOf("bigint", indexes),
              c.createArrayOf("bigint", eventIds),
              c.createArrayOf("bytea", leafHashes.toArray(new byte[0][])));
          if (levels.length > 0) {
            Jdbc.update(
                c,
                "insert into audit.log_node (level, node_index, hash)"
                    + " select * from unnest(?::smallint[], ?::bigint[], ?::bytea[])",
                c.createArrayOf("smallint", levels),
                c.createArrayOf("bigint", nodeIndexes),
                c.createArrayOf("bytea", nodeHashes));
          }
          return null;
        });
  }

  @Override
  public Optional<Leaf> leaf(long index) {
    return work(
        c ->
            Jdbc.first(
                c,
                "select l.leaf_index, l.leaf_hash, "
                    + EVENT_COLUMNS
                    + " from audit.log_leaf l join audit.access_event e on e.id = l.event_id"
                    + " where l.leaf_index = ?",
                SqlMerkleLog::leafOf,
                index));
  }

  @Override
  public Optional<Leaf> sealLeaf(String resourceType, String resourceId) {
    return work(
        c ->
            Jdbc.first(
                c,
                "select l.leaf_index, l.leaf_hash, "
                    + EVENT_COLUMNS
                    + " from audit.access_event e join audit.log_leaf l on l.event_id = e.id"
                    + " where e.resource_type = ? and e.resource_id = ? and e.action = 'CREATE'"
                    + " and e.entry_hash is not null order by e.id limit 1",
                SqlMerkleLog::leafOf,
                resourceType,
                resourceId));
  }

  @Override
  public Optional<StoredCheckpoint> latestCheckpoint() {
    return work(
        c ->
            Jdbc.first(
                c,
                "select tree_size, root_hash, signed_note, signed_at from audit.checkpoint"
                    + " order by tree_size desc limit 1",
                r ->
                    new StoredCheckpoint(
                        r.getLong(1),
                        r.getBytes(2),
                        r.getString(3),
                        r.getTimestamp(4).toInstant())));
  }

  @Override
  public void store(StoredCheckpoint checkpoint) {
    work(
        c -> {
          try (PreparedStatement s =
              c.prepareStatement(
                  "insert into audit.checkpoint (tree_size, root_hash, signed_note, signed_at)"
                      + " values (?, ?, ?, ?) on conflict (tree_size) do nothing")) {
            s.setLong(1, checkpoint.treeSize());
            s.setBytes(2, checkpoint.rootHash());
            s.setString(3, checkpoint.signedNote());
            s.setTimestamp(4, Timestamp.from(checkpoint.signedAt()));
            s.executeUpdate();
            return null;
          }
        });
  }

  @Override
  public void store(StoredCosignature cosignature) {
    work(
        c ->
            Jdbc.update(
                c,
                "insert into audit.checkpoint_cosignature (tree_size, witness, line, cosigned_at)"
                    + " values (?, ?, ?, ?) on conflict (tree_size, witness) do nothing",
                cosignature.treeSize(),
                cosignature.witness(),
                cosignature.line(),
                Timestamp.from(cosignature.cosignedAt())));
  }

  @Override
  public void store(WitnessRefusal refusal) {
    work(
        c ->
            Jdbc.update(
                c,
                "insert into audit.witness_refusal (tree_size, witness, status, reason, refused_at)"
                    + " values (?, ?, ?, ?, ?)",
                refusal.treeSize(),
                refusal.witness(),
                refusal.status(),
                refusal.reason(),
                Timestamp.from(refusal.at())));
  }

  @Override
  public long cosignedSize(String witness) {
    return work(
        c ->
            Jdbc.first(
                    c,
                    "select max(tree_size) from audit.checkpoint_cosignature where witness = ?",
                    r -> r.getLong(1),
                    witness)
                .orElse(0L));
  }

  @Override
  public Optional<String> latestCosignedNote(String witness) {
    return work(
        c ->
            Jdbc.first(
                c,
                "select k.signed_note || s.line from audit.checkpoint_cosignature s"
                    + " join audit.checkpoint k on k.tree_size = s.tree_size"
                    + " where s.witness = ? order by s.tree_size desc limit 1",
                r -> r.getString(1),
                witness));
  }

  @Override
  public List<WitnessRefusal> witnessRefusals(int limit) {
    return work(
        c ->
            Jdbc.rows(
                c,
                "select tree_size, witness, status, reason, refused_at from audit.witness_refusal"
                    + " order by id desc limit ?",
                r ->
                    new WitnessRefusal(
                        r.getLong(1),
                        r.getString(2),
                        r.getInt(3),
                        r.getString(4),
                        r.getTimestamp(5).toInstant()),
                limit));
  }

  @Override
  public List<SealedEntry> sealsOf(String folio) {
    return work(
            c ->
                Jdbc.rows(
                    c,
                    "select l.leaf_hash, "
                        + EVENT_COLUMNS
                        + " from audit.access_event e left join audit.log_leaf l on l.event_id = e.id"
                        + " where e.resource_type = ? and e.resource_id like ? order by e.id",
                    r -> {
                      LoggedEvent event = event(r, 2);
                      byte[] stored = r.getBytes(1);
                      boolean intact =
                          stored == null || MessageDigest.isEqual(stored, event.leafHash());
                      return SealedEntry.of(event.resourceId(), event.entryHash(), intact);
                    },
                    SealedEntry.RESOURCE_TYPE,
                    // folio numbers are letters, digits and hyphens: nothing LIKE would read as a
                    // pattern
                    folio + "/%"))
        .stream()
        .flatMap(Optional::stream)
        .toList();
  }

  @Override
  public void exportLeaves(long from, long to, Consumer<ExportedLeaf> sink) {
    work(
        c -> {
          try (PreparedStatement s =
              c.prepareStatement(
                  "select l.leaf_index, l.leaf_hash, e.id is not null, "
                      + EVENT_COLUMNS
                      + " from audit.log_leaf l left join audit.access_event e on e.id = l.event_id"
                      + " where l.leaf_index >= ? and l.leaf_index < ? order by l.leaf_index")) {
            s.setFetchSize(5_000);
            s.setLong(1, from);
            s.setLong(2, to);
            try (ResultSet r = s.executeQuery()) {
              while (r.next()) {
                sink.accept(
                    ExportedLeaf.of(
                        r.getLong(1), r.getBytes(2), r.getBoolean(3) ? event(r, 4) : null));
              }
            }
            return null;
          }
        });
  }

  @Override
  public List<String> signedNotes() {
    return work(
        c ->
            Jdbc.rows(
                c,
                "select k.signed_note || coalesce((select string_agg(s.line, '' order by s.witness)"
                    + " from audit.checkpoint_cosignature s where s.tree_size = k.tree_size), '')"
                    + " from audit.checkpoint k"
                    // a checkpoint newer than every cosigned one that the witness has neither
                    // cosigned nor refused is still waiting for its answer (they are milliseconds
                    // apart): it joins the next export, witnessed or refused
                    + " where not exists (select 1 from audit.checkpoint_cosignature)"
                    + " or k.tree_size <= (select max(tree_size) from audit.checkpoint_cosignature)"
                    + " or exists (select 1 from audit.witness_refusal r"
                    + "            where r.tree_size = k.tree_size)"
                    + " order by k.tree_size",
                r -> r.getString(1)));
  }

  @Override
  public boolean tryWriterTurn() {
    return work(
        c ->
            Jdbc.first(
                    c,
                    "select pg_try_advisory_xact_lock(hashtextextended('audit-log-writer', 0))",
                    r -> r.getBoolean(1))
                .orElseThrow());
  }

  /** A leaf from {@code leaf_index, leaf_hash, } and the event's columns. */
  private static Leaf leafOf(ResultSet r) throws SQLException {
    return new Leaf(r.getLong(1), event(r, 3), r.getBytes(2));
  }

  static LoggedEvent event(ResultSet r, int first) throws SQLException {
    Instant at = r.getTimestamp(first + 1).toInstant();
    return new LoggedEvent(
        r.getLong(first),
        at,
        r.getString(first + 2),
        r.getString(first + 3),
        r.getString(first + 4),
        r.getString(first + 5),
        r.getString(first + 6),
        r.getString(first + 7),
        r.getString(first + 8),
        r.getString(first + 9),
        r.getString(first + 10),
        r.getString(first + 11),
        r.getString(first + 12),
        r.getString(first + 13));
  }

  private long oneLong(String sql) {
    return work(c -> Jdbc.first(c, sql, r -> r.getLong(1)).orElseThrow());
  }

  private <T> T work(Jdbc.Work<T> work) {
    return database.withConnection("falló la bitácora de accesos", work);
  }
}
