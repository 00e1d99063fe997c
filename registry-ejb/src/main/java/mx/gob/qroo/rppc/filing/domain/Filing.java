package mx.gob.qroo.rppc.filing.domain;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Converter;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import mx.gob.qroo.rppc.shared.domain.EntryNumber;
import mx.gob.qroo.rppc.shared.domain.TrackingCode;

/**
 * Solicitud: a request presented at the registry. Its identity is its entry number, fixed at
 * reception together with the reception instant; both decide legal priority.
 */
@Entity
@Table(name = "filing", schema = "filing")
public class Filing {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Embedded private EntryNumber entryNumber;

  @Convert(converter = TrackingCodeConverter.class)
  @Column(name = "tracking_code", nullable = false, unique = true, length = 19)
  private TrackingCode trackingCode;

  @ManyToOne(fetch = FetchType.EAGER, optional = false)
  @JoinColumn(name = "procedure_type", nullable = false)
  private ProcedureType procedureType;

  @Embedded private Applicant applicant;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 32)
  private FilingStatus status;

  @Column(name = "received_at", nullable = false)
  private Instant receivedAt;

  protected Filing() {}

  /** Reception: the filing exists from here on with its number, code and instant. */
  public static Filing receive(
      EntryNumber entryNumber,
      TrackingCode trackingCode,
      ProcedureType procedureType,
      Applicant applicant,
      Instant receivedAt) {
    Filing filing = new Filing();
    filing.entryNumber = Objects.requireNonNull(entryNumber, "entryNumber");
    filing.trackingCode = Objects.requireNonNull(trackingCode, "trackingCode");
    filing.procedureType = Objects.requireNonNull(procedureType, "procedureType");
    filing.applicant = Objects.requireNonNull(applicant, "applicant");
    filing.receivedAt = Objects.requireNonNull(receivedAt, "receivedAt");
    filing.status = FilingStatus.RECEIVED;
    return filing;
  }

  public EntryNumber entryNumber() {
    return entryNumber;
  }

  public TrackingCode trackingCode() {
    return trackingCode;
  }

  public ProcedureType procedureType() {
    return procedureType;
  }

  public Applicant applicant() {
    return applicant;
  }

  public FilingStatus status() {
    return status;
  }

  public Instant receivedAt() {
    return receivedAt;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Filing other
        && entryNumber != null
        && entryNumber.equals(other.entryNumber);
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(entryNumber);
  }

  /** Stores a tracking code in its canonical grouped form. */
  @Converter
  public static class TrackingCodeConverter implements AttributeConverter<TrackingCode, String> {
    @Override
    public String convertToDatabaseColumn(TrackingCode code) {
      return code == null ? null : code.value();
    }

    @Override
    public TrackingCode convertToEntityAttribute(String value) {
      return value == null ? null : TrackingCode.parse(value);
    }
  }
}
