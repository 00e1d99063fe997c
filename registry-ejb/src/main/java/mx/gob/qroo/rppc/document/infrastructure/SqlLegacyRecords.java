package mx.gob.qroo.rppc.document.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import mx.gob.qroo.rppc.document.domain.BatchFailure;
import mx.gob.qroo.rppc.document.domain.IngestedPage;
import mx.gob.qroo.rppc.document.domain.LegacyBatch;
import mx.gob.qroo.rppc.document.domain.LegacyRecord;
import mx.gob.qroo.rppc.document.domain.LegacyRecordRef;
import mx.gob.qroo.rppc.document.domain.LegacyRecords;
import mx.gob.qroo.rppc.shared.domain.Office;
import mx.gob.qroo.rppc.shared.infrastructure.Database;
import mx.gob.qroo.rppc.shared.infrastructure.Jdbc;

@ApplicationScoped
public class SqlLegacyRecords implements LegacyRecords {

  /**
   * A batch with its counts: lines done (documents and refused lines), failures (refused lines and
   * documents that could not be read), and lines done since its latest execution started.
   */
  private static final String BATCH =
      "select b.id, b.source, b.total_pages, b.started_by, b.started_at, b.execution_id,"
          + " b.finished_at,"
          + " (select count(*) from document.document d where d.batch_id = b.id)"
          + " + (select count(*) from document.legacy_failure f where f.batch_id = b.id),"
          + " (select count(*) from document.legacy_failure f where f.batch_id = b.id)"
          + " + (select count(*) from document.document d join document.blob x on x.sha256 = d.sha256"
          + " where d.batch_id = b.id and x.status = 'FAILED'),"
          + " (select count(*) from document.document d where d.batch_id = b.id"
          + " and d.uploaded_at >= b.execution_started_at)"
          + " + (select count(*) from document.legacy_failure f where f.batch_id = b.id"
          + " and f.failed_at >= b.execution_started_at),"
          + " b.execution_started_at"
          + " from document.legacy_batch b";

  private static final String RECORD =
      "select r.id, r.office, r.book, r.volume, r.record, r.created_at,"
          + " (select count(*) from document.document d where d.legacy_record_id = r.id),"
          + " r.migrated_folio_number, r.migrated_at, r.migrated_by"
          + " from document.legacy_record r";

  @Inject Database database;

  @Override
  public long createBatch(String source, int totalPages, String startedBy, Instant at) {
    return database
        .first(
            "no se pudo registrar el lote",
            "insert into document.legacy_batch (source, total_pages, started_by, started_at)"
                + " values (?, ?, ?, ?) returning id",
            r -> r.getLong(1),
            source,
            totalPages,
            startedBy,
            Timestamp.from(at))
        .orElseThrow();
  }

  @Override
  public void executing(long batchId, long executionId, Instant at) {
    database.update(
        "no se pudo anotar la ejecución del lote",
        "update document.legacy_batch set execution_id = ?, execution_started_at = ?,"
            + " finished_at = null where id = ?",
        executionId,
        Timestamp.from(at),
        batchId);
  }

  @Override
  public void finished(long batchId, Instant at) {
    database.update(
        "no se pudo anotar el fin del lote",
        "update document.legacy_batch set finished_at = ? where id = ?",
        Timestamp.from(at),
        batchId);
  }

  @Override
  public Optional<LegacyBatch> batch(long id) {
    return database.first(
        "no se pudo leer el lote", BATCH + " where b.id = ?", SqlLegacyRecords::batch, id);
  }

  @Override
  public List<LegacyBatch> batches(int limit) {
    return database.rows(
        "no se pudieron leer los lotes",
        BATCH + " order by b.id desc limit ?",
        SqlLegacyRecords::batch,
        limit);
  }

  @Override
  public List<LegacyBatch> unfinished() {
    return database.rows(
        "no se pudieron leer los lotes",
        BATCH + " where b.finished_at is null order by b.id",
        SqlLegacyRecords::batch);
  }

  @Override
  public List<BatchFailure> failures(long batchId, int limit) {
    return database.rows(
        "no se pudieron leer los fallos del lote",
        "select manifest_line, file_name, id, reason from ("
            + " select f.manifest_line, null as file_name, null::bigint as id, f.reason"
            + " from document.legacy_failure f where f.batch_id = ?"
            + " union all select d.manifest_line, d.file_name, d.id, x.reason"
            + " from document.document d join document.blob x on x.sha256 = d.sha256"
            + " where d.batch_id = ? and x.status = 'FAILED') all_failures"
            + " order by manifest_line limit ?",
        r -> new BatchFailure(r.getInt(1), r.getString(2), (Long) r.getObject(3), r.getString(4)),
        batchId,
        batchId,
        limit);
  }

  @Override
  public void write(long batchId, String by, List<IngestedPage> pages, Instant at) {
    database.withConnection(
        "no se pudieron guardar las páginas del lote",
        c -> {
          for (IngestedPage page : pages) {
            if (page.taken()) {
              writePage(c, batchId, by, page, at);
            } else {
              refuse(c, batchId, page.manifestLine(), page.reason(), at);
            }
          }
          return null;
        });
  }

  private static void writePage(
      Connection c, long batchId, String by, IngestedPage page, Instant at) throws SQLException {
    LegacyRecordRef ref = page.line().record();
    long recordId =
        Jdbc.first(
                c,
                "insert into document.legacy_record (office, book, volume, record, created_at)"
                    + " values (?, ?, ?, ?, ?) on conflict (office, book, volume, record)"
                    + " do update set office = excluded.office returning id",
                r -> r.getLong(1),
                ref.office().name(),
                ref.book(),
                ref.volume(),
                ref.record(),
                Timestamp.from(at))
            .orElseThrow();
    Jdbc.update(
        c,
        "insert into document.blob (sha256, size_bytes, media_type, status, reason, pages, text,"
            + " stored_at, processed_at, attempts) values (?, ?, ?, ?, ?, ?, ?, ?, ?, 1)"
            + " on conflict (sha256) do nothing",
        page.sha256(),
        page.sizeBytes(),
        page.mediaType(),
        page.status().name(),
        page.reason(),
        page.pages(),
        page.text(),
        Timestamp.from(at),
        Timestamp.from(at));
    int added =
        Jdbc.update(
            c,
            "insert into document.document (sha256, file_name, uploaded_by, uploaded_at,"
                + " legacy_record_id, page, sheet, batch_id, manifest_line)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing",
            page.sha256(),
            page.line().file(),
            by,
            Timestamp.from(at),
            recordId,
            page.line().page(),
            page.line().sheet(),
            batchId,
            page.manifestLine());
    boolean lineWritten =
        added == 1
            || Jdbc.first(
                    c,
                    "select 1 from document.document where batch_id = ? and manifest_line = ?",
                    r -> r.getInt(1),
                    batchId,
                    page.manifestLine())
                .isPresent();
    if (!lineWritten) {
      refuse(
          c,
          batchId,
          page.manifestLine(),
          "la página "
              + page.line().page()
              + " de "
              + ref.citation()
              + " ya estaba digitalizada; no se repitió",
          at);
    }
  }

  private static void refuse(Connection c, long batchId, int line, String reason, Instant at)
      throws SQLException {
    Jdbc.update(
        c,
        "insert into document.legacy_failure (batch_id, manifest_line, reason, failed_at)"
            + " values (?, ?, ?, ?) on conflict do nothing",
        batchId,
        line,
        reason,
        Timestamp.from(at));
  }

  @Override
  public Optional<LegacyRecord> find(long id) {
    return database.first(
        "no se pudo leer la partida", RECORD + " where r.id = ?", SqlLegacyRecords::record, id);
  }

  @Override
  public List<LegacyRecord> search(LegacyRecordSearch s) {
    return database.rows(
        "no se pudieron buscar las partidas",
        RECORD
            + " where (cast(? as varchar) is null or r.office = ?)"
            + " and (cast(? as varchar) is null or r.book = ?)"
            + " and (cast(? as varchar) is null or r.volume = ?)"
            + " and (cast(? as varchar) is null or r.record = ?)"
            + " order by r.office, r.book, r.volume, r.record offset ? limit ?",
        SqlLegacyRecords::record,
        s.office(),
        s.office(),
        s.book(),
        s.book(),
        s.volume(),
        s.volume(),
        s.record(),
        s.record(),
        s.offset(),
        s.limit());
  }

  @Override
  public Optional<LegacyRecord> lock(long id) {
    return database.first(
        "no se pudo leer la partida",
        RECORD + " where r.id = ? for update of r",
        SqlLegacyRecords::record,
        id);
  }

  @Override
  public void migrated(long id, String folioNumber, String by, Instant at) {
    database.update(
        "no se pudo anotar la migración de la partida",
        "update document.legacy_record set migrated_folio_number = ?, migrated_by = ?,"
            + " migrated_at = ? where id = ? and migrated_folio_number is null",
        folioNumber,
        by,
        Timestamp.from(at),
        id);
  }

  @Override
  public int nextPage(long id) {
    return database
        .first(
            "no se pudo leer la partida",
            "select coalesce(max(page), 0) + 1 from document.document where legacy_record_id = ?",
            r -> r.getInt(1),
            id)
        .orElse(1);
  }

  private static LegacyBatch batch(ResultSet r) throws SQLException {
    Timestamp finished = r.getTimestamp(7);
    Timestamp runStarted = r.getTimestamp(11);
    return new LegacyBatch(
        r.getLong(1),
        r.getString(2),
        r.getInt(3),
        r.getString(4),
        r.getTimestamp(5).toInstant(),
        (Long) r.getObject(6),
        finished == null ? null : finished.toInstant(),
        r.getInt(8),
        r.getInt(9),
        r.getInt(10),
        runStarted == null ? null : runStarted.toInstant());
  }

  private static LegacyRecord record(ResultSet r) throws SQLException {
    Timestamp migrated = r.getTimestamp(9);
    return new LegacyRecord(
        r.getLong(1),
        new LegacyRecordRef(
            Office.fromCode(r.getString(2)), r.getString(3), r.getString(4), r.getString(5)),
        r.getTimestamp(6).toInstant(),
        r.getInt(7),
        r.getString(8),
        migrated == null ? null : migrated.toInstant(),
        r.getString(10));
  }
}
