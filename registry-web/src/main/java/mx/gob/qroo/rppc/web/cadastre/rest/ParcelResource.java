package mx.gob.qroo.rppc.web.cadastre.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import mx.gob.qroo.rppc.cadastre.application.ParcelHistories;
import mx.gob.qroo.rppc.cadastre.application.ParcelMaintenance;
import mx.gob.qroo.rppc.cadastre.domain.CadastralKey;
import mx.gob.qroo.rppc.cadastre.domain.MapCrs;
import mx.gob.qroo.rppc.cadastre.domain.NewParcel;
import mx.gob.qroo.rppc.cadastre.domain.ParcelHistory;
import mx.gob.qroo.rppc.planning.application.ParcelZoningReport;
import mx.gob.qroo.rppc.planning.application.ParcelZoningReports;
import mx.gob.qroo.rppc.shared.domain.Role;
import mx.gob.qroo.rppc.shared.domain.Violations;
import mx.gob.qroo.rppc.web.shared.rest.Days;

/**
 * Parcels: the zoning report and the history of a cadastral key (staff and planners), and the
 * cadastre's subdivisions and mergers (administrator).
 */
@Path("/parcels")
@Produces(MediaType.APPLICATION_JSON)
public class ParcelResource {

  @Inject ParcelZoningReports zoning;
  @Inject ParcelHistories histories;
  @Inject ParcelMaintenance maintenance;

  /**
   * The zones of the plans in force on {@code ?date=} (today when absent) with their norms, area
   * and share, and the folios covering the parcel.
   */
  @RolesAllowed({Role.CAPTURISTA, Role.REGISTRADOR, Role.AUDITOR, Role.PLANEADOR, Role.ADMIN})
  @GET
  @Path("/{cadastralKey}/zoning")
  public ParcelZoningReport zoning(
      @PathParam("cadastralKey") String cadastralKey, @QueryParam("date") String date) {
    Violations violations = new Violations();
    LocalDate day = violations.parseOptional("date", date, Days::parse);
    violations.throwIfAny();
    return zoning.report(cadastralKey, day);
  }

  @RolesAllowed({Role.CAPTURISTA, Role.REGISTRADOR, Role.AUDITOR, Role.PLANEADOR, Role.ADMIN})
  @GET
  @Path("/{cadastralKey}/history")
  public ParcelHistory history(@PathParam("cadastralKey") String cadastralKey) {
    return histories.history(cadastralKey);
  }

  /**
   * {@code {"crs": "http://www.opengis.net/def/crs/EPSG/0/6371", "children": [{"cadastralKey":
   * "...", "geometry": {GeoJSON Polygon or MultiPolygon}}, ...]}}; crs defaults to EPSG:6371.
   */
  @RolesAllowed(Role.ADMIN)
  @POST
  @Path("/{cadastralKey}/subdivision")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response subdivide(@PathParam("cadastralKey") String cadastralKey, JsonObject body) {
    Violations violations = new Violations();
    CadastralKey parent = violations.parse("cadastralKey", cadastralKey, CadastralKey::of);
    MapCrs crs =
        violations.parseOptional(
            "crs",
            text(body, "crs"),
            uri ->
                MapCrs.ofUri(uri)
                    .orElseThrow(() -> new IllegalArgumentException("CRS no disponible: " + uri)));
    List<NewParcel> children = new ArrayList<>();
    JsonArray list = body == null ? null : body.getJsonArray("children");
    if (list == null || list.isEmpty()) {
      violations.add("children", "indique los predios que resultan de la subdivisión");
    } else {
      for (int i = 0; i < list.size(); i++) {
        String field = "children[" + i + "]";
        JsonObject child = list.get(i).asJsonObject();
        CadastralKey key =
            violations.parse(
                field + ".cadastralKey", text(child, "cadastralKey"), CadastralKey::of);
        JsonValue geometry = child.get("geometry");
        if (geometry == null || geometry.getValueType() != JsonValue.ValueType.OBJECT) {
          violations.add(field + ".geometry", "es obligatoria (GeoJSON)");
        } else if (key != null) {
          children.add(new NewParcel(key, geometry.toString()));
        }
      }
    }
    violations.throwIfAny();
    return Response.status(Response.Status.CREATED)
        .entity(maintenance.subdivide(parent, children, crs))
        .build();
  }

  /** {@code {"parents": ["key", "key", ...], "cadastralKey": "key of the merged parcel"}}. */
  @RolesAllowed(Role.ADMIN)
  @POST
  @Path("/mergers")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response merge(JsonObject body) {
    Violations violations = new Violations();
    List<CadastralKey> parents = new ArrayList<>();
    JsonArray list = body == null ? null : body.getJsonArray("parents");
    if (list == null || list.size() < 2) {
      violations.add("parents", "indique al menos dos predios colindantes");
    } else {
      for (int i = 0; i < list.size(); i++) {
        JsonValue value = list.get(i);
        CadastralKey key =
            violations.parse(
                "parents[" + i + "]",
                value instanceof JsonString s ? s.getString() : null,
                CadastralKey::of);
        if (key != null) {
          parents.add(key);
        }
      }
    }
    CadastralKey child =
        violations.parse("cadastralKey", text(body, "cadastralKey"), CadastralKey::of);
    violations.throwIfAny();
    return Response.status(Response.Status.CREATED)
        .entity(maintenance.merge(parents, child))
        .build();
  }

  private static String text(JsonObject object, String key) {
    if (object == null) {
      return null;
    }
    JsonValue value = object.get(key);
    return value instanceof JsonString s ? s.getString() : null;
  }
}
