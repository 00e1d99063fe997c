package mx.gob.qroo.rppc.web.filing.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import mx.gob.qroo.rppc.filing.application.FilingTracking;
import mx.gob.qroo.rppc.filing.application.PublicFilingStatus;
import mx.gob.qroo.rppc.shared.domain.ResourceNotFoundException;
import mx.gob.qroo.rppc.shared.domain.TermState;

/**
 * The citizen's procedure page ({@code /tramite/{code}}, through {@link TrackingServlet}): the
 * procedure, its steps and its term in plain words; an unknown or malformed code gets a 404 with
 * the same message for both.
 */
@Named
@RequestScoped
public class TrackingPage {

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("EEEE d 'de' MMMM 'de' yyyy", Locale.forLanguageTag("es-MX"));

  @Inject FilingTracking tracking;

  private String code;
  private PublicFilingStatus result;
  private String message;

  /** Looks the code up once per request, as the page is rendered. */
  public void lookUp() {
    FacesContext faces = FacesContext.getCurrentInstance();
    code = (String) faces.getExternalContext().getRequestMap().get(TrackingServlet.CODE);
    if (code == null) {
      return;
    }
    try {
      result = tracking.status(code);
    } catch (ResourceNotFoundException e) {
      message = e.getMessage() + " Revise que lo haya escrito como aparece en su comprobante.";
      faces.getExternalContext().setResponseStatus(404);
    }
  }

  public String getCode() {
    return code;
  }

  public PublicFilingStatus getResult() {
    return result;
  }

  public String getMessage() {
    return message;
  }

  /** The page's title: the procedure's code, or that none was found. */
  public String getTitle() {
    return result == null ? "Trámite no encontrado" : "Trámite " + result.trackingCode();
  }

  public String getReceivedAt() {
    return result == null ? null : DisplayTimes.of(result.receivedAt());
  }

  /** The steps, each with its instant written for people. */
  public List<Step> getTimeline() {
    return result == null
        ? List.of()
        : result.timeline().stream()
            .map(
                s ->
                    new Step(
                        s.label(),
                        s.description(),
                        DisplayTimes.of(s.at()),
                        DisplayTimes.iso(s.at())))
            .toList();
  }

  /** One step as the page shows it; {@code datetime} for the {@code <time>} element. */
  public record Step(String label, String description, String when, String datetime) {}

  /** Where the procedure stands against its legal term, in one sentence. */
  public String getTerm() {
    if (result == null) {
      return null;
    }
    String due = day(result.dueDate());
    if (result.termState() != null) {
      return result.termState().label()
          + (result.termState() == TermState.OVERDUE
              ? ": el plazo legal para resolverlo venció el "
              : ": el plazo legal para resolverlo vence el ")
          + due
          + ".";
    }
    if (result.resolvedOnTime() == null) {
      return "Concluyó sin resolverse; el plazo legal vencía el " + due + ".";
    }
    return result.resolvedOnTime()
        ? "Se resolvió dentro del plazo legal, que vencía el " + due + "."
        : "Se resolvió después del plazo legal, que venció el " + due + ".";
  }

  /** How the status is coloured: a procedure that waits on the citizen or ended unfavourably. */
  public String getStatusClass() {
    if (result == null) {
      return "";
    }
    return switch (result.status()) {
      case SUSPENDED -> "estado-atencion";
      case DENIED, LAPSED, WITHDRAWN -> "estado-final";
      default -> "";
    };
  }

  /** The term state's code (on-time, at-risk, overdue, resolved), for the page's styling. */
  public String getTermClass() {
    if (result == null || result.termState() == null) {
      return "plazo-resuelto";
    }
    return "plazo-" + result.termState().name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  public String getCorrectionDue() {
    return result == null ? null : day(result.correctionDueDate());
  }

  private static String day(LocalDate day) {
    return day == null ? null : DAY.format(day);
  }
}
