package mx.gob.qroo.rppc.filing.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.List;
import mx.gob.qroo.rppc.audit.application.AuditResourceId;
import mx.gob.qroo.rppc.audit.application.Audited;
import mx.gob.qroo.rppc.audit.application.OfficeScope;
import mx.gob.qroo.rppc.audit.domain.AccessAction;
import mx.gob.qroo.rppc.audit.domain.ResourceType;
import mx.gob.qroo.rppc.filing.domain.FilingRepository;
import mx.gob.qroo.rppc.filing.domain.FilingStatus;
import mx.gob.qroo.rppc.shared.domain.EntryNumber;
import mx.gob.qroo.rppc.shared.domain.Office;
import mx.gob.qroo.rppc.shared.domain.ResourceNotFoundException;
import mx.gob.qroo.rppc.shared.domain.Role;
import mx.gob.qroo.rppc.shared.domain.SearchAnswer;
import mx.gob.qroo.rppc.shared.domain.Violations;

/** Staff reads of filings; each one is an access event. Planners have no business here. */
@Stateless
@RolesAllowed({Role.CAPTURISTA, Role.REGISTRADOR, Role.AUDITOR, Role.ADMIN})
public class FilingQueries {

  static final int MAX_LISTED = 200;

  @Inject FilingRepository filings;
  @Inject FilingViews views;
  @Inject OfficeScope offices;

  /** A page of the work queue. */
  public record QueuePage(long total, int offset, List<FilingView> filings)
      implements SearchAnswer {
    @Override
    public List<?> items() {
      return filings;
    }
  }

  private static FilingStatus status(String text) {
    for (FilingStatus s : FilingStatus.values()) {
      if (s.name().equalsIgnoreCase(text.trim())) {
        return s;
      }
    }
    throw new IllegalArgumentException("estado desconocido '" + text + "'");
  }

  @Audited(action = AccessAction.READ, resource = ResourceType.FILING)
  public FilingView byEntryNumber(@AuditResourceId String entryNumber) {
    Violations violations = new Violations();
    EntryNumber number = violations.parse("entryNumber", entryNumber, EntryNumber::parse);
    violations.throwIfAny();
    offices.require(number.office(), "la solicitud " + number);
    return filings
        .findByEntryNumber(number)
        .map(views::of)
        .orElseThrow(() -> new ResourceNotFoundException("no existe la solicitud " + number));
  }

  @Audited(action = AccessAction.SEARCH, resource = ResourceType.FILING)
  public List<FilingView> latest(int limit) {
    return filings.latest(Math.max(1, Math.min(limit, MAX_LISTED)), offices.offices()).stream()
        .map(views::of)
        .toList();
  }

  /** Bandeja de trabajo: an office's pending filings in prelación order. */
  @Audited(action = AccessAction.SEARCH, resource = ResourceType.FILING)
  public QueuePage queue(
      @AuditResourceId String office, List<String> statuses, int offset, int limit) {
    Violations violations = new Violations();
    Office parsedOffice = violations.parse("office", office, Office::fromCode);
    EnumSet<FilingStatus> wanted = EnumSet.noneOf(FilingStatus.class);
    for (String status : statuses == null ? List.<String>of() : statuses) {
      FilingStatus parsed = violations.parse("status", status, FilingQueries::status);
      if (parsed != null) {
        wanted.add(parsed);
      }
    }
    violations.throwIfAny();
    offices.require(parsedOffice, "la bandeja de trabajo");
    int from = Math.max(0, offset);
    int size = Math.max(1, Math.min(limit, MAX_LISTED));
    return new QueuePage(
        filings.countQueue(parsedOffice, wanted),
        from,
        filings.queue(parsedOffice, wanted, from, size).stream().map(views::of).toList());
  }
}
