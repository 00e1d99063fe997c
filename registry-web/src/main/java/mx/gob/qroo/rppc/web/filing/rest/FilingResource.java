package mx.gob.qroo.rppc.web.filing.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import mx.gob.qroo.rppc.filing.application.FilingQueries;
import mx.gob.qroo.rppc.filing.application.FilingReception;
import mx.gob.qroo.rppc.filing.application.ReceivedFiling;
import mx.gob.qroo.rppc.shared.domain.Violations;

/** Staff API of filings. Who may call what is decided by the application services' roles. */
@Path("/filings")
@Produces(MediaType.APPLICATION_JSON)
public class FilingResource {

  @Inject FilingReception reception;
  @Inject FilingQueries queries;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response receive(ReceptionRequest request, @Context UriInfo uriInfo) {
    if (request == null) {
      Violations missing = new Violations();
      missing.add("body", "falta el cuerpo JSON de la solicitud");
      missing.throwIfAny();
    }
    ReceivedFiling filing = reception.receive(request.toCommand());
    return Response.created(uriInfo.getAbsolutePathBuilder().path(filing.entryNumber()).build())
        .entity(FilingResponses.Receipt.of(filing))
        .build();
  }

  @GET
  @Path("/{entryNumber}")
  public FilingResponses.Details byEntryNumber(@PathParam("entryNumber") String entryNumber) {
    return FilingResponses.Details.of(queries.byEntryNumber(entryNumber));
  }

  @GET
  public List<FilingResponses.Details> latest(@QueryParam("limit") @DefaultValue("50") int limit) {
    return queries.latest(limit).stream().map(FilingResponses.Details::of).toList();
  }
}
