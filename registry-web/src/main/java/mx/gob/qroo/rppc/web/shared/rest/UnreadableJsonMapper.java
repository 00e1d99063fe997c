package mx.gob.qroo.rppc.web.shared.rest;

import jakarta.json.JsonException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A JSON body that JSON-P cannot read (empty, not JSON at all): the client's mistake, 400. */
@Provider
public class UnreadableJsonMapper extends ProblemResponses
    implements ExceptionMapper<JsonException> {

  @Override
  public Response toResponse(JsonException e) {
    return respond(UnreadableBodyMapper.unreadableBody());
  }
}
