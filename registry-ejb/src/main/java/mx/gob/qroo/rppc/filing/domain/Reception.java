package mx.gob.qroo.rppc.filing.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import mx.gob.qroo.rppc.party.domain.Holder;
import mx.gob.qroo.rppc.shared.domain.EntryNumber;
import mx.gob.qroo.rppc.shared.domain.TrackingCode;

/**
 * Everything fixed at reception: number, code and instant; the priority instant (the reception
 * instant or one reserved by a preventive notice); the legal term; the folios and the act; the fee.
 */
public record Reception(
    EntryNumber entryNumber,
    TrackingCode trackingCode,
    ProcedureType procedureType,
    Applicant applicant,
    Instant receivedAt,
    Instant priorityAt,
    int termBusinessDays,
    LocalDate dueDate,
    List<String> folioNumbers,
    Act act,
    List<Holder> actHolders,
    int pages,
    Fee fee,
    String idempotencyKey,
    String requestDigest,
    String termNote) {

  public Reception {
    Objects.requireNonNull(entryNumber, "entryNumber");
    Objects.requireNonNull(trackingCode, "trackingCode");
    Objects.requireNonNull(procedureType, "procedureType");
    Objects.requireNonNull(applicant, "applicant");
    Objects.requireNonNull(receivedAt, "receivedAt");
    Objects.requireNonNull(priorityAt, "priorityAt");
    Objects.requireNonNull(dueDate, "dueDate");
    Objects.requireNonNull(fee, "fee");
    if (priorityAt.isAfter(receivedAt)) {
      throw new IllegalArgumentException("la prelación no puede ser posterior a la recepción");
    }
    if (termBusinessDays < 1 || pages < 1) {
      throw new IllegalArgumentException("plazo y páginas son positivos");
    }
    folioNumbers = folioNumbers == null ? List.of() : List.copyOf(folioNumbers);
    actHolders = actHolders == null ? List.of() : List.copyOf(actHolders);
    act = act == null ? Act.none() : act;
  }
}
