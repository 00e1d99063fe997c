package mx.gob.qroo.rppc.web.folio.rest;

import jakarta.annotation.security.RolesAllowed;
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
import java.util.Map;
import mx.gob.qroo.rppc.folio.application.FolioCommand;
import mx.gob.qroo.rppc.folio.application.FolioQueries;
import mx.gob.qroo.rppc.folio.application.FolioRegistration;
import mx.gob.qroo.rppc.folio.application.FolioView;
import mx.gob.qroo.rppc.folio.domain.FolioSearch;
import mx.gob.qroo.rppc.shared.domain.Role;
import mx.gob.qroo.rppc.shared.domain.Violations;

/** Staff API of folios (folios reales y mercantiles). */
@Path("/folios")
@Produces(MediaType.APPLICATION_JSON)
public class FolioResource {

  @Inject FolioRegistration registration;
  @Inject FolioQueries queries;

  @RolesAllowed(Role.REGISTRADOR)
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response open(FolioCommand command, @Context UriInfo uriInfo) {
    if (command == null) {
      Violations missing = new Violations();
      missing.add("body", "falta el cuerpo JSON de la solicitud");
      missing.throwIfAny();
    }
    FolioView folio = registration.open(command);
    return Response.created(uriInfo.getAbsolutePathBuilder().path(folio.folioNumber()).build())
        .entity(Map.of("folioNumber", folio.folioNumber()))
        .build();
  }

  @RolesAllowed({Role.CAPTURISTA, Role.REGISTRADOR, Role.AUDITOR, Role.PLANEADOR, Role.ADMIN})
  @GET
  @Path("/{folioNumber}")
  public FolioView state(
      @PathParam("folioNumber") String folioNumber, @QueryParam("asOf") String asOf) {
    return queries.state(folioNumber, asOf);
  }

  @RolesAllowed({Role.CAPTURISTA, Role.REGISTRADOR, Role.AUDITOR, Role.PLANEADOR, Role.ADMIN})
  @GET
  public List<FolioView> search(
      @QueryParam("cadastralKey") String cadastralKey,
      @QueryParam("holder") String holder,
      @QueryParam("companyName") String companyName,
      @QueryParam("limit") @DefaultValue("20") int limit) {
    return queries.search(new FolioSearch(cadastralKey, holder, companyName), limit);
  }
}
