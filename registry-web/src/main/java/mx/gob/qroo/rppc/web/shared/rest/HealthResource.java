package mx.gob.qroo.rppc.web.shared.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import mx.gob.qroo.rppc.shared.application.DatabaseHealth;
import mx.gob.qroo.rppc.shared.application.SystemHealth;

/** Public: 200 while the database answers, 503 otherwise; both say what was seen. */
@Path("/health")
public class HealthResource {

  @Inject SystemHealth health;

  public record Health(String status, DatabaseHealth database) {}

  @PermitAll
  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public Response health() {
    DatabaseHealth database = health.database();
    return Response.status(database.up() ? 200 : 503)
        .entity(new Health(database.up() ? "UP" : "DOWN", database))
        .build();
  }
}
