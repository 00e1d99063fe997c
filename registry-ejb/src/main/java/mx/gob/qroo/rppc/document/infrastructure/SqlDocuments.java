package mx.gob.qroo.rppc.document.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import mx.gob.qroo.rppc.document.domain.DocumentHit;
import mx.gob.qroo.rppc.document.domain.DocumentOwner;
import mx.gob.qroo.rppc.document.domain.DocumentQuery;
import mx.gob.qroo.rppc.document.domain.DocumentStatus;
import mx.gob.qroo.rppc.document.domain.Documents;
import mx.gob.qroo.rppc.document.domain.LegacyRecordRef;
import mx.gob.qroo.rppc.document.domain.StoredDocument;
import mx.gob.qroo.rppc.shared.domain.Office;
import mx.gob.qroo.rppc.shared.infrastructure.Database;
import mx.gob.qroo.rppc.shared.infrastructure.Jdbc;

@ApplicationScoped
public class SqlDocuments implements Documents {

  @Inject Database database;

  @Override
  public StoredDocument record(
      String sha256,
      long sizeBytes,
      String mediaType,
      DocumentOwner owner,
      String fileName,
      String uploadedBy,
      Instant at) {
    return database.withConnection(
        "no se pudo registrar el documento",
        c -> {
          Jdbc.update(
              c,
              "insert into document.blob (sha256, size_bytes, media_type, status, stored_at)"
                  + " values (?, ?, ?, 'PROCESSING', ?) on conflict (sha256) do nothing",
              sha256,
              sizeBytes,
              mediaType,
              Timestamp.from(at));
          long id =
              Jdbc.first(
                      c,
                      "insert into document.document (sha256, file_name, uploaded_by, uploaded_at,"
                          + " filing_entry_number, filing_id, entry_id, legacy_record_id, page)"
                          + " values (?, ?, ?, ?, ?, "
                          + DocumentReadModel.FILING_ID_OF_ENTRY_NUMBER
                          + ", ?, ?, ?) returning id",
                      r -> r.getLong(1),
                      sha256,
                      fileName,
                      uploadedBy,
                      Timestamp.from(at),
                      owner instanceof DocumentOwner.OfFiling f ? f.entryNumber() : null,
                      owner instanceof DocumentOwner.OfFiling f ? f.entryNumber() : null,
                      owner instanceof DocumentOwner.OfEntry e ? e.entryId() : null,
                      owner instanceof DocumentOwner.OfLegacyRecord l ? l.recordId() : null,
                      owner instanceof DocumentOwner.OfLegacyRecord l ? l.page() : null)
                  .orElseThrow();
          return Jdbc.first(
                  c, DocumentReadModel.SELECT + " where d.id = ?", SqlDocuments::document, id)
              .orElseThrow();
        });
  }

  @Override
  public Optional<StoredDocument> find(long id) {
    return database.first(
        "no se pudo leer el documento",
        DocumentReadModel.SELECT + " where d.id = ?",
        SqlDocuments::document,
        id);
  }

  @Override
  public List<StoredDocument> ofFiling(String filingEntryNumber) {
    return database.rows(
        "no se pudieron leer los documentos",
        DocumentReadModel.SELECT + " where d.filing_entry_number = ? order by d.id",
        SqlDocuments::document,
        filingEntryNumber);
  }

  @Override
  public List<StoredDocument> ofFolio(String folioNumber) {
    return database.rows(
        "no se pudieron leer los documentos",
        DocumentReadModel.SELECT + " where fo.folio_number = ? order by e.sequence, d.id",
        SqlDocuments::document,
        folioNumber);
  }

  @Override
  public List<StoredDocument> ofLegacyRecord(long recordId) {
    return database.rows(
        "no se pudieron leer las páginas",
        DocumentReadModel.SELECT + " where d.legacy_record_id = ? order by d.page",
        SqlDocuments::document,
        recordId);
  }

  @Override
  public Optional<Long> entryId(String folioNumber, int sequence) {
    return database.first(
        "no se pudo leer el asiento",
        DocumentReadModel.ENTRY_OF_FOLIO,
        r -> r.getLong(1),
        folioNumber,
        sequence);
  }

  @Override
  public Optional<String> text(long id) {
    return database.first(
        "no se pudo leer el texto del documento",
        "select coalesce(b.text, '') from document.document d"
            + " join document.blob b on b.sha256 = d.sha256 where d.id = ?",
        r -> r.getString(1),
        id);
  }

  @Override
  public List<DocumentHit> search(DocumentQuery q) {
    return database.withConnection(
        "no se pudo buscar en los documentos",
        c -> {
          // planned for this query's words every time: a generic plan (which the driver's
          // prepared statement gets after five executions) guesses how common the words are
          try (Statement custom = c.createStatement()) {
            custom.execute("set local plan_cache_mode = force_custom_plan");
          }
          return Jdbc.rows(
              c,
              DocumentReadModel.SEARCH,
              r ->
                  new DocumentHit(
                      r.getLong(1),
                      r.getString(2),
                      r.getString(3),
                      r.getString(4),
                      r.getString(5),
                      r.getString(6),
                      r.getString(7),
                      r.getDouble(8)),
              q.text(),
              q.text(),
              q.office(),
              q.office(),
              q.procedureType(),
              q.procedureType(),
              q.folioNumber(),
              q.folioNumber(),
              q.folioNumber(),
              q.folioNumber(),
              q.from(),
              q.from(),
              q.to(),
              q.to(),
              q.offset(),
              q.limit(),
              q.text());
        });
  }

  @Override
  public Optional<Extraction> extracted(String sha256) {
    return database.first(
        "no se pudo leer el contenido",
        "select status, text, pages, reason from document.blob"
            + " where sha256 = ? and status <> 'PROCESSING'",
        r ->
            new Extraction(
                DocumentStatus.valueOf(r.getString(1)),
                r.getString(2),
                (Integer) r.getObject(3),
                r.getString(4)),
        sha256);
  }

  @Override
  public Optional<Pending> takePending() {
    return database.first(
        "no se pudo leer la cola de extracción",
        "select sha256, media_type, attempts from document.blob where status = 'PROCESSING'"
            + " order by stored_at limit 1 for update skip locked",
        r -> new Pending(r.getString(1), r.getString(2), r.getInt(3)));
  }

  @Override
  public void processed(String sha256, String text, Integer pages, Instant at) {
    database.update(
        "no se pudo guardar el texto del documento",
        "update document.blob set status = 'PROCESSED', text = ?, pages = ?,"
            + " processed_at = ?, reason = null, attempts = attempts + 1 where sha256 = ?",
        text,
        pages,
        Timestamp.from(at),
        sha256);
  }

  @Override
  public void failed(String sha256, String reason, Instant at) {
    database.update(
        "no se pudo anotar el fallo del documento",
        "update document.blob set status = 'FAILED', reason = ?, processed_at = ?,"
            + " attempts = attempts + 1 where sha256 = ?",
        reason,
        Timestamp.from(at),
        sha256);
  }

  @Override
  public void attempted(String sha256) {
    database.update(
        "no se pudo anotar el intento de extracción",
        "update document.blob set attempts = attempts + 1 where sha256 = ? and status = 'PROCESSING'",
        sha256);
  }

  static StoredDocument document(ResultSet r) throws SQLException {
    return new StoredDocument(
        r.getLong(1),
        r.getString(2),
        owner(r),
        r.getString(4),
        r.getString(5),
        r.getLong(6),
        DocumentStatus.valueOf(r.getString(7)),
        r.getString(8),
        (Integer) r.getObject(9),
        r.getString(10),
        r.getTimestamp(11).toInstant());
  }

  private static DocumentOwner owner(ResultSet r) throws SQLException {
    if (r.getString(3) != null) {
      return new DocumentOwner.OfFiling(r.getString(3));
    }
    if (r.getObject(12) != null) {
      return new DocumentOwner.OfEntry(r.getLong(12), r.getString(13), r.getInt(14));
    }
    return new DocumentOwner.OfLegacyRecord(
        r.getLong(15),
        new LegacyRecordRef(
            Office.fromCode(r.getString(16)), r.getString(17), r.getString(18), r.getString(19)),
        r.getInt(20),
        r.getString(21));
  }
}
