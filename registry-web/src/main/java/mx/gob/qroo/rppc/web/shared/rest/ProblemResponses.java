package mx.gob.qroo.rppc.web.shared.rest;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** Base of the exception mappers: every error leaves as problem+json naming the request path. */
abstract class ProblemResponses {

  @Context UriInfo uriInfo;

  Response respond(Problem problem) {
    String path = uriInfo == null ? null : "/api/" + uriInfo.getPath().replaceFirst("^/", "");
    return problem.at(path).toResponse();
  }
}
