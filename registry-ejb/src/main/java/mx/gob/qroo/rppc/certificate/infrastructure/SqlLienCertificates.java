package mx.gob.qroo.rppc.certificate.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import mx.gob.qroo.rppc.certificate.domain.LienCertificate;
import mx.gob.qroo.rppc.certificate.domain.LienCertificates;
import mx.gob.qroo.rppc.certificate.domain.PendingFiling;
import mx.gob.qroo.rppc.shared.infrastructure.Database;

@ApplicationScoped
public class SqlLienCertificates implements LienCertificates {

  private static final String COLUMNS =
      "code, filing_entry_number, folio_number, as_of, sha256, pending_filings";

  @Inject Database database;

  @Override
  public void store(LienCertificate c, byte[] pdf) {
    database.update(
        "no se pudo guardar el certificado",
        "insert into certificate.lien_certificate ("
            + COLUMNS
            + ", pdf)"
            + " values (?, ?, ?, ?, ?, coalesce(string_to_array(?::text, chr(10)), '{}'), ?)",
        c.code(),
        c.filingEntryNumber(),
        c.folioNumber(),
        Timestamp.from(c.asOf()),
        c.sha256(),
        c.pending().isEmpty()
            ? null
            : String.join("\n", c.pending().stream().map(PendingFiling::stored).toList()),
        pdf);
  }

  @Override
  public Optional<LienCertificate> byCode(String code) {
    return database.first(
        "no se pudo leer el certificado",
        "select " + COLUMNS + " from certificate.lien_certificate where code = ?",
        SqlLienCertificates::certificate,
        code);
  }

  @Override
  public List<LienCertificate> ofFiling(String filingEntryNumber) {
    return database.rows(
        "no se pudieron leer los certificados",
        "select "
            + COLUMNS
            + " from certificate.lien_certificate"
            + " where filing_entry_number = ? order by folio_number",
        SqlLienCertificates::certificate,
        filingEntryNumber);
  }

  @Override
  public Optional<byte[]> pdf(String code) {
    return database.first(
        "no se pudo leer el certificado",
        "select pdf from certificate.lien_certificate where code = ?",
        r -> r.getBytes(1),
        code);
  }

  private static LienCertificate certificate(ResultSet r) throws SQLException {
    return new LienCertificate(
        r.getString(1),
        r.getString(2),
        r.getString(3),
        r.getTimestamp(4).toInstant(),
        r.getString(5),
        pending(r.getArray(6)));
  }

  private static List<PendingFiling> pending(java.sql.Array stored) throws SQLException {
    if (stored == null) {
      return List.of();
    }
    return Arrays.stream((String[]) stored.getArray()).map(PendingFiling::parse).toList();
  }
}
