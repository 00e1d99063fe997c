package mx.gob.qroo.rppc.web.planning.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import mx.gob.qroo.rppc.planning.application.ParcelZoningReport;
import mx.gob.qroo.rppc.planning.application.ParcelZoningReports;

/**
 * A parcel's zoning report (staff and planners): the zones of the plans in force on {@code ?date=}
 * (today when absent) with their norms, area and share, and the folios covering the parcel.
 */
@Path("/parcels/{cadastralKey}/zoning")
@Produces(MediaType.APPLICATION_JSON)
public class ParcelZoningResource {

  @Inject ParcelZoningReports reports;

  @GET
  public ParcelZoningReport report(
      @PathParam("cadastralKey") String cadastralKey, @QueryParam("date") String date) {
    return reports.report(cadastralKey, Days.parse(date));
  }
}
