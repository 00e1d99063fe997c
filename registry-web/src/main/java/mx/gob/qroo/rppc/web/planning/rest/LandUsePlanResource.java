package mx.gob.qroo.rppc.web.planning.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.time.LocalDate;
import mx.gob.qroo.rppc.planning.application.LandUsePlanPublication;
import mx.gob.qroo.rppc.planning.application.PublishedPlanVersion;
import mx.gob.qroo.rppc.planning.application.ZoningOverlayRecomputation;
import mx.gob.qroo.rppc.planning.domain.PlanKind;
import mx.gob.qroo.rppc.planning.domain.PlanPublication;
import mx.gob.qroo.rppc.planning.domain.ZoneFieldMapping;
import mx.gob.qroo.rppc.shared.domain.Role;
import mx.gob.qroo.rppc.shared.domain.Violations;
import mx.gob.qroo.rppc.spatial.domain.FieldMapping;
import mx.gob.qroo.rppc.spatial.domain.LayerImportRequest;
import mx.gob.qroo.rppc.spatial.domain.SpatialLayer;
import mx.gob.qroo.rppc.web.cadastre.rest.LayerRejection;
import mx.gob.qroo.rppc.web.cadastre.rest.UploadedLayer;
import mx.gob.qroo.rppc.web.shared.rest.Days;

/**
 * Publishing a new version of a land-use plan: the zoning layer is the request body, the plan's
 * metadata and the import options are query parameters. 201 with the version and the import's
 * report; 422 {@code capa-rechazada} with each problem when the layer does not pass.
 */
@Path("/plans")
@Produces(MediaType.APPLICATION_JSON)
public class LandUsePlanResource {

  @Inject LandUsePlanPublication publication;
  @Inject ZoningOverlayRecomputation overlay;

  /**
   * Recomputes the whole parcel-zone overlay (administrator), after parcels or zones were loaded
   * outside the application.
   */
  @RolesAllowed(Role.ADMIN)
  @POST
  @Path("/overlay")
  public ZoningOverlayRecomputation.Recomputed recomputeOverlay() {
    return overlay.recompute();
  }

  @RolesAllowed({Role.PLANEADOR, Role.ADMIN})
  @POST
  @Consumes(MediaType.WILDCARD)
  public Response publish(
      @QueryParam("planKey") String planKey,
      @QueryParam("name") String name,
      @QueryParam("kind") String kind,
      @QueryParam("municipality") String municipality,
      @QueryParam("validFrom") String validFrom,
      @QueryParam("validTo") String validTo,
      @QueryParam("sourceDocument") String sourceDocument,
      @QueryParam("fileName") String fileName,
      @QueryParam("srid") Integer srid,
      @QueryParam("keyField") String keyField,
      @QueryParam("nameField") String nameField,
      @QueryParam("fields") String fields,
      @QueryParam("sourceLayer") String sourceLayer,
      @QueryParam("repair") @DefaultValue("false") boolean repair,
      InputStream body) {
    Violations violations = new Violations();
    PlanKind planKind = violations.parse("kind", kind, k -> Violations.named(PlanKind.class, k));
    LocalDate from = violations.parse("validFrom", validFrom, Days::parse);
    LocalDate to = violations.parseOptional("validTo", validTo, Days::parse);
    ZoneFieldMapping norms =
        fields == null || fields.isBlank()
            ? ZoneFieldMapping.defaults()
            : violations.parse("fields", fields, ZoneFieldMapping::parse);
    violations.throwIfAny();
    PlanPublication plan =
        new PlanPublication(planKey, name, planKind, municipality, from, to, sourceDocument);
    FieldMapping mapping =
        FieldMapping.of(keyField, nameField, SpatialLayer.ZONES.defaultMapping());
    try (UploadedLayer upload = UploadedLayer.save(body)) {
      PublishedPlanVersion published =
          publication.publish(
              plan,
              new LayerImportRequest(
                  upload.file(), fileName, SpatialLayer.ZONES, mapping, srid, sourceLayer, repair),
              norms);
      if (published.plan() == null) {
        return LayerRejection.of(published.report());
      }
      return Response.status(Response.Status.CREATED).entity(published).build();
    }
  }
}
