package mx.gob.qroo.rppc.document.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import javax.sql.DataSource;
import mx.gob.qroo.rppc.document.domain.DocumentStatus;
import mx.gob.qroo.rppc.document.domain.Documents;
import mx.gob.qroo.rppc.document.domain.StoredDocument;
import mx.gob.qroo.rppc.shared.infrastructure.Jdbc;

@ApplicationScoped
public class SqlDocuments implements Documents {

  private static final String SELECT =
      "select d.id, d.sha256, d.filing_entry_number, d.file_name, b.media_type, b.size_bytes,"
          + " b.status, b.reason, b.pages, d.uploaded_by, d.uploaded_at"
          + " from document.document d join document.blob b on b.sha256 = d.sha256";

  @Resource(lookup = "java:jboss/datasources/RegistryDS")
  private DataSource dataSource;

  @Override
  public StoredDocument record(
      String sha256,
      long sizeBytes,
      String mediaType,
      String filingEntryNumber,
      String fileName,
      String uploadedBy,
      Instant at) {
    return Jdbc.withConnection(
        dataSource,
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
                      "insert into document.document (sha256, filing_entry_number, file_name,"
                          + " uploaded_by, uploaded_at) values (?, ?, ?, ?, ?) returning id",
                      r -> r.getLong(1),
                      sha256,
                      filingEntryNumber,
                      fileName,
                      uploadedBy,
                      Timestamp.from(at))
                  .orElseThrow();
          return Jdbc.first(c, SELECT + " where d.id = ?", SqlDocuments::document, id)
              .orElseThrow();
        });
  }

  @Override
  public Optional<StoredDocument> find(long id) {
    return Jdbc.withConnection(
        dataSource,
        "no se pudo leer el documento",
        c -> Jdbc.first(c, SELECT + " where d.id = ?", SqlDocuments::document, id));
  }

  @Override
  public Optional<String> text(long id) {
    return Jdbc.withConnection(
        dataSource,
        "no se pudo leer el texto del documento",
        c ->
            Jdbc.first(
                c,
                "select coalesce(b.text, '') from document.document d"
                    + " join document.blob b on b.sha256 = d.sha256 where d.id = ?",
                r -> r.getString(1),
                id));
  }

  @Override
  public Optional<Pending> takePending() {
    return Jdbc.withConnection(
        dataSource,
        "no se pudo leer la cola de extracción",
        c ->
            Jdbc.first(
                c,
                "select sha256, media_type, attempts from document.blob where status = 'PROCESSING'"
                    + " order by stored_at limit 1 for update skip locked",
                r -> new Pending(r.getString(1), r.getString(2), r.getInt(3))));
  }

  @Override
  public void processed(String sha256, String text, Integer pages, Instant at) {
    Jdbc.withConnection(
        dataSource,
        "no se pudo guardar el texto del documento",
        c ->
            Jdbc.update(
                c,
                "update document.blob set status = 'PROCESSED', text = ?, pages = ?,"
                    + " processed_at = ?, reason = null, attempts = attempts + 1 where sha256 = ?",
                text,
                pages,
                Timestamp.from(at),
                sha256));
  }

  @Override
  public void failed(String sha256, String reason, Instant at) {
    Jdbc.withConnection(
        dataSource,
        "no se pudo anotar el fallo del documento",
        c ->
            Jdbc.update(
                c,
                "update document.blob set status = 'FAILED', reason = ?, processed_at = ?,"
                    + " attempts = attempts + 1 where sha256 = ?",
                reason,
                Timestamp.from(at),
                sha256));
  }

  private static StoredDocument document(ResultSet r) throws SQLException {
    return new StoredDocument(
        r.getLong(1),
        r.getString(2),
        r.getString(3),
        r.getString(4),
        r.getString(5),
        r.getLong(6),
        DocumentStatus.valueOf(r.getString(7)),
        r.getString(8),
        (Integer) r.getObject(9),
        r.getString(10),
        r.getTimestamp(11).toInstant());
  }
}
