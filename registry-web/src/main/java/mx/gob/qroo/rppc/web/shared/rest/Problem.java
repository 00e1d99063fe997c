package mx.gob.qroo.rppc.web.shared.rest;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import mx.gob.qroo.rppc.shared.domain.Violation;

/**
 * RFC 9457 problem details. {@code type} is a stable URI naming the kind of problem; {@code errors}
 * lists the offending fields of a bad request.
 */
public record Problem(
    String type,
    String title,
    int status,
    String detail,
    String instance,
    List<Violation> errors,
    List<String> earlierPending) {

  public static final MediaType MEDIA_TYPE = new MediaType("application", "problem+json");
  static final String TYPE_BASE = "https://rppc.qroo.gob.mx/problemas/";

  public static Problem of(String kind, String title, Response.Status status, String detail) {
    return of(kind, title, status.getStatusCode(), detail);
  }

  /** For statuses Response.Status does not name, such as 422 Unprocessable Content. */
  public static Problem of(String kind, String title, int status, String detail) {
    return new Problem(TYPE_BASE + kind, title, status, detail, null, List.of(), null);
  }

  public Problem withErrors(List<Violation> violations) {
    return new Problem(
        type, title, status, detail, instance, List.copyOf(violations), earlierPending);
  }

  public Problem at(String requestPath) {
    return new Problem(type, title, status, detail, requestPath, errors, earlierPending);
  }

  /** For a prelación refusal: the earlier filings still pending on the same folios. */
  public Problem withEarlierPending(List<String> entryNumbers) {
    return new Problem(
        type,
        title,
        status,
        detail,
        instance,
        errors,
        entryNumbers.isEmpty() ? null : List.copyOf(entryNumbers));
  }

  public Response toResponse() {
    return Response.status(status).type(MEDIA_TYPE).entity(this).build();
  }
}
