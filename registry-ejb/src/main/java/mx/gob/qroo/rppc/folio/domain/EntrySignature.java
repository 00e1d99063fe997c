package mx.gob.qroo.rppc.folio.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * A registrar's e.firma signature of an inscription: the exact bytes they signed (the canonical
 * statement of every entry the filing writes), the signature value and the certificate it was
 * verified with, kept so that anyone can check it again without trusting the registry. Immutable;
 * the database refuses to update or delete it.
 */
@Entity
@Table(name = "entry_signature", schema = "folio")
public class EntrySignature {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "filing_entry_number", nullable = false, updatable = false, length = 24)
  private String filingEntryNumber;

  @Column(name = "signed_by", nullable = false, updatable = false)
  private String signedBy;

  @Column(name = "signer_name", updatable = false)
  private String signerName;

  @Column(name = "signer_curp", nullable = false, updatable = false, length = 18)
  private String signerCurp;

  @Column(name = "certificate_serial", nullable = false, updatable = false, length = 64)
  private String certificateSerial;

  @Column(name = "statement", nullable = false, updatable = false)
  private byte[] statement;

  @Column(name = "signature_value", nullable = false, updatable = false)
  private byte[] value;

  @Column(name = "certificate", nullable = false, updatable = false)
  private byte[] certificate;

  @Column(name = "verified_at", nullable = false, updatable = false)
  private Instant verifiedAt;

  protected EntrySignature() {}

  public EntrySignature(
      String filingEntryNumber,
      String signedBy,
      String signerName,
      String signerCurp,
      String certificateSerial,
      byte[] statement,
      byte[] value,
      byte[] certificate,
      Instant verifiedAt) {
    this.filingEntryNumber = Objects.requireNonNull(filingEntryNumber);
    this.signedBy = Objects.requireNonNull(signedBy);
    this.signerName = signerName;
    this.signerCurp = Objects.requireNonNull(signerCurp);
    this.certificateSerial = Objects.requireNonNull(certificateSerial);
    this.statement = statement.clone();
    this.value = value.clone();
    this.certificate = certificate.clone();
    this.verifiedAt = Objects.requireNonNull(verifiedAt);
  }

  public String filingEntryNumber() {
    return filingEntryNumber;
  }

  public String signedBy() {
    return signedBy;
  }

  /** The certificate holder's name as the certificate states it. */
  public String signerName() {
    return signerName;
  }

  public String signerCurp() {
    return signerCurp;
  }

  /** The signer's certificate's serial number, hex. */
  public String certificateSerial() {
    return certificateSerial;
  }

  /** The exact bytes signed (RFC 8785 JSON of the inscription). */
  public byte[] statement() {
    return statement.clone();
  }

  /** RSA PKCS#1 v1.5 SHA-256 signature of {@link #statement()}. */
  public byte[] value() {
    return value.clone();
  }

  /** The signer's certificate, DER. */
  public byte[] certificate() {
    return certificate.clone();
  }

  public Instant verifiedAt() {
    return verifiedAt;
  }
}
