package mx.gob.qroo.rppc.web.cadastre.rest;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import mx.gob.qroo.rppc.cadastre.application.SpatialLayerImports;
import mx.gob.qroo.rppc.cadastre.application.TopologyReview;
import mx.gob.qroo.rppc.cadastre.domain.TopologyCheck;
import mx.gob.qroo.rppc.cadastre.domain.TopologyFinding;
import mx.gob.qroo.rppc.shared.domain.Role;
import mx.gob.qroo.rppc.shared.domain.Violations;
import mx.gob.qroo.rppc.spatial.domain.FieldMapping;
import mx.gob.qroo.rppc.spatial.domain.LayerImportReport;
import mx.gob.qroo.rppc.spatial.domain.LayerImportRequest;
import mx.gob.qroo.rppc.spatial.domain.SpatialLayer;

/**
 * Imports of spatial layers ({@code municipalities}, {@code localities}, {@code parcels}): the file
 * is the request body (its bytes tell the format), its name and the options are query parameters.
 */
@Path("/layers")
@Produces(MediaType.APPLICATION_JSON)
public class SpatialLayerResource {

  @Inject SpatialLayerImports imports;
  @Inject TopologyReview topology;

  @RolesAllowed(Role.ADMIN)
  @POST
  @Path("/{layer}/imports")
  @Consumes(MediaType.WILDCARD)
  public Response importLayer(
      @PathParam("layer") String layer,
      @QueryParam("fileName") String fileName,
      @QueryParam("srid") Integer srid,
      @QueryParam("keyField") String keyField,
      @QueryParam("nameField") String nameField,
      @QueryParam("sourceLayer") String sourceLayer,
      @QueryParam("repair") @DefaultValue("false") boolean repair,
      InputStream body) {
    Violations violations = new Violations();
    SpatialLayer target = violations.parse("layer", layer, SpatialLayerResource::layer);
    violations.throwIfAny();
    FieldMapping mapping = FieldMapping.of(keyField, nameField, target.defaultMapping());
    try (UploadedLayer upload = UploadedLayer.save(body)) {
      LayerImportReport report =
          imports
              .importLayer(
                  new LayerImportRequest(
                      upload.file(), fileName, target, mapping, srid, sourceLayer, repair))
              .report();
      if (report.outcome() == LayerImportReport.Outcome.REJECTED) {
        return LayerRejection.of(report);
      }
      return Response.status(Response.Status.CREATED).entity(report).build();
    }
  }

  @RolesAllowed({Role.AUDITOR, Role.ADMIN})
  @GET
  @Path("/imports")
  public List<LayerImportReport> imports(@QueryParam("limit") @DefaultValue("20") int limit) {
    return imports.latest(limit);
  }

  @RolesAllowed({Role.AUDITOR, Role.ADMIN})
  @GET
  @Path("/imports/{id}")
  public LayerImportReport importReport(@PathParam("id") long id) {
    return imports.report(id).report();
  }

  /**
   * What a topology check finds among the current parcels: {@code overlapping-parcels}, {@code
   * parcels-outside-municipality}, {@code sliver-parcels}, {@code gaps-in-blocks}, {@code
   * invalid-geometries} (from the import reports).
   */
  @RolesAllowed({Role.REGISTRADOR, Role.AUDITOR, Role.PLANEADOR, Role.ADMIN})
  @GET
  @Path("/parcels/checks/{check}")
  public List<TopologyFinding> check(
      @PathParam("check") String check,
      @QueryParam("toleranceM2") @DefaultValue("1") double toleranceM2,
      @QueryParam("limit") @DefaultValue("100") int limit) {
    Violations violations = new Violations();
    TopologyCheck which =
        violations.parse(
            "check", check, name -> Violations.named(TopologyCheck.class, name.replace('-', '_')));
    violations.throwIfAny();
    return topology.findings(which, toleranceM2, limit);
  }

  private static SpatialLayer layer(String name) {
    return switch (name.toLowerCase(Locale.ROOT)) {
      case "municipalities" -> SpatialLayer.MUNICIPALITIES;
      case "localities" -> SpatialLayer.LOCALITIES;
      case "parcels" -> SpatialLayer.PARCELS;
      default ->
          throw new IllegalArgumentException(
              "capa desconocida '" + name + "': municipalities, localities o parcels");
    };
  }
}
