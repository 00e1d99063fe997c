package mx.gob.qroo.rppc.web.maps.ui;

import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import mx.gob.qroo.rppc.cadastre.domain.MapCrs;
import mx.gob.qroo.rppc.maps.application.PublicMapLayers;
import mx.gob.qroo.rppc.maps.application.RestrictedMapLayers;
import mx.gob.qroo.rppc.maps.domain.FeaturePage;
import mx.gob.qroo.rppc.maps.domain.FeatureQuery;
import mx.gob.qroo.rppc.maps.domain.ParcelLocation;
import mx.gob.qroo.rppc.planning.application.LandUsePlanQueries;
import mx.gob.qroo.rppc.planning.application.ParcelZoningReport;
import mx.gob.qroo.rppc.planning.application.ParcelZoningReports;
import mx.gob.qroo.rppc.shared.domain.InvalidRequestException;
import mx.gob.qroo.rppc.shared.domain.Violations;
import mx.gob.qroo.rppc.web.maps.FeatureJson;

/**
 * What the map draws and shows: the plans in force (one zone layer each), the features of a layer
 * within the view, a parcel's card (its zoning report) and the search by cadastral key or folio.
 */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public class MapDataResource {

  /** Features drawn per layer and view: beyond this the map asks to zoom in. */
  static final int MAX_FEATURES = 1000;

  @Inject PublicMapLayers layers;
  @Inject RestrictedMapLayers parcels;
  @Inject LandUsePlanQueries plans;
  @Inject ParcelZoningReports reports;

  /** The zone layers: the plan versions in force today, as collections of the OGC API. */
  @GET
  @Path("capas")
  public JsonObject layers() {
    JsonArrayBuilder zones = FeatureJson.builders().createArrayBuilder();
    plans
        .inForceToday()
        .forEach(
            p ->
                zones.add(
                    FeatureJson.builders()
                        .createObjectBuilder()
                        .add(
                            "collection", "zones-" + p.planKey().toLowerCase() + "-v" + p.version())
                        .add("planKey", p.planKey())
                        .add("kind", p.kind().name())
                        .add("name", p.name() + " (versión " + p.version() + ")")));
    return FeatureJson.builders().createObjectBuilder().add("zones", zones).build();
  }

  /** A layer's features meeting the view (minLon,minLat,maxLon,maxLat), at most 1,000. */
  @GET
  @Path("colecciones/{collection}")
  public JsonObject features(
      @PathParam("collection") String collection, @QueryParam("bbox") String bbox) {
    FeaturePage page =
        layers.features(
            collection,
            new FeatureQuery(viewBox(bbox), MapCrs.CRS84, MapCrs.CRS84, MAX_FEATURES, 0));
    return FeatureJson.builders()
        .createObjectBuilder()
        .add("type", "FeatureCollection")
        .add("features", FeatureJson.features(page.features()))
        .add("truncated", page.more())
        .build();
  }

  /** The card of a parcel: its zoning report (personal data only for registry staff). */
  @GET
  @Path("predios/{cadastralKey}")
  public ParcelZoningReport card(@PathParam("cadastralKey") String cadastralKey) {
    return reports.report(cadastralKey, null);
  }

  @GET
  @Path("buscar")
  public List<ParcelLocation> search(@QueryParam("q") String query) {
    return parcels.locate(query);
  }

  private static double[] viewBox(String text) {
    if (text == null || text.isBlank()) {
      throw InvalidRequestException.of("bbox", "falta bbox: minLon,minLat,maxLon,maxLat");
    }
    Violations violations = new Violations();
    double[] box = violations.parse("bbox", text, FeatureQuery::bbox);
    violations.throwIfAny();
    return box;
  }
}
