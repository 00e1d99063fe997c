package mx.gob.qroo.rppc.web.shared.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * The OpenAPI 3 description of this API, public so integrators can read it before they log in:
 * {@code /openapi.yaml} in YAML unless the client's {@code Accept} prefers JSON, {@code
 * /openapi.json} always in JSON (what the OGC landing page's {@code service-desc} points to), and
 * {@code /openapi.html}, its operations for people ({@code service-doc}).
 */
@Path("/")
public class OpenApiResource {

  @Context HttpHeaders headers;

  @PermitAll
  @GET
  @Path("openapi.yaml")
  public Response document() {
    return answer(List.of(OpenApiFormat.YAML, OpenApiFormat.JSON));
  }

  @PermitAll
  @GET
  @Path("openapi.json")
  public Response json() {
    return answer(List.of(OpenApiFormat.JSON));
  }

  @PermitAll
  @GET
  @Path("openapi.html")
  @Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
  public String page() {
    return OpenApiHtml.page(OpenApiDocument.bundled().tree());
  }

  private Response answer(List<OpenApiFormat> offered) {
    OpenApiFormat.Choice choice =
        OpenApiFormat.choose(headers.getAcceptableMediaTypes(), offered)
            .orElseThrow(NotAcceptableException::new);
    OpenApiDocument document = OpenApiDocument.bundled();
    byte[] body = choice.format() == OpenApiFormat.JSON ? document.json() : document.yaml();
    return Response.ok(body, choice.mediaType())
        .header(HttpHeaders.VARY, HttpHeaders.ACCEPT)
        .build();
  }
}
