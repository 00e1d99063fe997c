package mx.gob.qroo.rppc.web.shared.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import java.io.InputStream;

/** The OpenAPI 3 description of this API, public so integrators can read it before they log in. */
@Path("/openapi.yaml")
public class OpenApiResource {

  @GET
  @Produces("application/yaml")
  public InputStream document() {
    InputStream yaml = OpenApiResource.class.getResourceAsStream("/openapi/openapi.yaml");
    if (yaml == null) {
      throw new NotFoundException();
    }
    return yaml;
  }
}
