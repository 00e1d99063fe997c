package mx.gob.qroo.rppc.web.shared.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import mx.gob.qroo.rppc.shared.domain.UnsupportedFormatException;

/** An upload whose bytes are not an accepted format: 415, and nothing was stored. */
@Provider
public class UnsupportedFormatMapper extends ProblemResponses
    implements ExceptionMapper<UnsupportedFormatException> {

  @Override
  public Response toResponse(UnsupportedFormatException e) {
    return respond(
        Problem.of(
            "formato-no-admitido",
            "Formato no admitido",
            Response.Status.UNSUPPORTED_MEDIA_TYPE,
            e.getMessage()));
  }
}
