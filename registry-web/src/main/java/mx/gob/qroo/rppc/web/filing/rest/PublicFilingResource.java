package mx.gob.qroo.rppc.web.filing.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import mx.gob.qroo.rppc.filing.application.FilingTracking;

/** Anonymous status of a procedure by tracking code; no personal data. */
@Path("/public/filings")
@Produces(MediaType.APPLICATION_JSON)
public class PublicFilingResource {

  @Inject FilingTracking tracking;

  @PermitAll
  @GET
  @Path("/{trackingCode}")
  public FilingResponses.PublicStatus status(@PathParam("trackingCode") String trackingCode) {
    return FilingResponses.PublicStatus.of(tracking.status(trackingCode));
  }
}
