package mx.gob.qroo.rppc.web.cadastre.rest;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import java.io.StringReader;
import java.time.Instant;
import java.util.Arrays;
import mx.gob.qroo.rppc.cadastre.application.PublicMapLayers;
import mx.gob.qroo.rppc.cadastre.domain.BoundaryFeature;
import mx.gob.qroo.rppc.cadastre.domain.FeaturePage;
import mx.gob.qroo.rppc.shared.domain.ResourceNotFoundException;
import mx.gob.qroo.rppc.shared.domain.Violations;

/**
 * OGC API - Features, Part 1 (Core, GeoJSON) at {@code /api/ogc}, anonymous: for now one
 * collection, the INEGI municipal boundaries, in WGS 84 (CRS84). QGIS and GDAL's OAPIF driver read
 * it as a WFS 3 service.
 */
@Path("/ogc")
public class OgcFeaturesResource {

  private static final String JSON = "application/json";
  private static final String GEOJSON = "application/geo+json";
  private static final String CRS84 = "http://www.opengis.net/def/crs/OGC/1.3/CRS84";
  private static final String MUNICIPALITIES = "municipalities";

  @Inject PublicMapLayers layers;

  @Context UriInfo uri;

  @GET
  @Produces(JSON)
  public JsonObject landingPage() {
    return Json.createObjectBuilder()
        .add("title", "RPPC Quintana Roo: capas públicas")
        .add(
            "description",
            "Límites municipales del INEGI (Fuente: INEGI, Marco Geoestadístico) como OGC API -"
                + " Features.")
        .add(
            "links",
            Json.createArrayBuilder()
                .add(link(ogc().build().toString(), "self", JSON, "esta página"))
                .add(
                    link(
                        uri.getBaseUriBuilder().path("openapi.yaml").build().toString(),
                        "service-desc",
                        "application/vnd.oai.openapi;version=3.0",
                        "definición de la API"))
                .add(
                    link(
                        ogc().path("conformance").build().toString(),
                        "conformance",
                        JSON,
                        "conformidad"))
                .add(
                    link(
                        ogc().path("collections").build().toString(), "data", JSON, "colecciones")))
        .build();
  }

  @GET
  @Path("/conformance")
  @Produces(JSON)
  public JsonObject conformance() {
    return Json.createObjectBuilder()
        .add(
            "conformsTo",
            Json.createArrayBuilder()
                .add("http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core")
                .add("http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson"))
        .build();
  }

  @GET
  @Path("/collections")
  @Produces(JSON)
  public JsonObject collections() {
    return Json.createObjectBuilder()
        .add(
            "links",
            Json.createArrayBuilder()
                .add(
                    link(
                        ogc().path("collections").build().toString(), "self", JSON, "colecciones")))
        .add("collections", Json.createArrayBuilder().add(municipalitiesCollection()))
        .build();
  }

  @GET
  @Path("/collections/{collectionId}")
  @Produces(JSON)
  public JsonObject collection(@PathParam("collectionId") String id) {
    requireKnown(id);
    return municipalitiesCollection().build();
  }

  @GET
  @Path("/collections/{collectionId}/items")
  @Produces({GEOJSON, JSON})
  public Response items(
      @PathParam("collectionId") String id,
      @QueryParam("limit") Integer limit,
      @QueryParam("offset") Long offset,
      @QueryParam("bbox") String bbox) {
    requireKnown(id);
    Violations violations = new Violations();
    double[] box = bbox == null ? null : violations.parse("bbox", bbox, OgcFeaturesResource::bbox);
    int size = limit == null ? 10 : Math.min(limit, PublicMapLayers.MAX_LIMIT);
    if (size < 1) {
      violations.add("limit", "limit debe ser al menos 1");
    }
    long from = offset == null ? 0 : offset;
    if (from < 0) {
      violations.add("offset", "offset no puede ser negativo");
    }
    violations.throwIfAny();
    FeaturePage page = layers.municipalities(box, size, from);
    JsonArrayBuilder features = Json.createArrayBuilder();
    page.features().forEach(f -> features.add(feature(f)));
    JsonArrayBuilder links =
        Json.createArrayBuilder()
            .add(link(items(size, from, bbox), "self", GEOJSON, "esta página"));
    if (from + page.features().size() < page.numberMatched()) {
      links.add(link(items(size, from + size, bbox), "next", GEOJSON, "página siguiente"));
    }
    if (from > 0) {
      links.add(
          link(items(size, Math.max(0, from - size), bbox), "prev", GEOJSON, "página anterior"));
    }
    JsonObject collection =
        Json.createObjectBuilder()
            .add("type", "FeatureCollection")
            .add("features", features)
            .add("numberMatched", page.numberMatched())
            .add("numberReturned", page.features().size())
            .add("timeStamp", Instant.now().toString())
            .add("links", links)
            .build();
    return Response.ok(collection, GEOJSON).build();
  }

  @GET
  @Path("/collections/{collectionId}/items/{featureId}")
  @Produces({GEOJSON, JSON})
  public Response item(
      @PathParam("collectionId") String id, @PathParam("featureId") String featureId) {
    requireKnown(id);
    BoundaryFeature found =
        layers
            .municipality(featureId)
            .orElseThrow(
                () -> new ResourceNotFoundException("no existe el municipio " + featureId));
    JsonObject feature =
        feature(found)
            .add(
                "links",
                Json.createArrayBuilder()
                    .add(
                        link(
                            itemsPath().path(found.id()).build().toString(),
                            "self",
                            GEOJSON,
                            "este elemento"))
                    .add(
                        link(
                            ogc().path("collections").path(MUNICIPALITIES).build().toString(),
                            "collection",
                            JSON,
                            "la colección")))
            .build();
    return Response.ok(feature, GEOJSON).build();
  }

  // ---------------------------------------------------------------------------------------------

  private JsonObjectBuilder municipalitiesCollection() {
    JsonObjectBuilder collection =
        Json.createObjectBuilder()
            .add("id", MUNICIPALITIES)
            .add("title", "Municipios de Quintana Roo")
            .add(
                "description",
                "Límites municipales del INEGI (AGEM). Fuente: INEGI, Marco Geoestadístico.")
            .add("itemType", "feature")
            .add("crs", Json.createArrayBuilder().add(CRS84));
    layers
        .municipalitiesExtent()
        .ifPresent(
            box -> {
              JsonArrayBuilder bbox = Json.createArrayBuilder();
              Arrays.stream(box).forEach(bbox::add);
              collection.add(
                  "extent",
                  Json.createObjectBuilder()
                      .add(
                          "spatial",
                          Json.createObjectBuilder()
                              .add("bbox", Json.createArrayBuilder().add(bbox))
                              .add("crs", CRS84)));
            });
    return collection.add(
        "links",
        Json.createArrayBuilder()
            .add(link(itemsPath().build().toString(), "items", GEOJSON, "elementos")));
  }

  private static JsonObjectBuilder feature(BoundaryFeature f) {
    try (JsonReader geometry = Json.createReader(new StringReader(f.geometryGeoJson()))) {
      return Json.createObjectBuilder()
          .add("type", "Feature")
          .add("id", f.id())
          .add("geometry", geometry.readObject())
          .add(
              "properties",
              Json.createObjectBuilder().add("cvegeo", f.id()).add("nombre", f.name()));
    }
  }

  private static void requireKnown(String collection) {
    if (!MUNICIPALITIES.equals(collection)) {
      throw new ResourceNotFoundException("no existe la colección " + collection);
    }
  }

  /** minLon,minLat,maxLon,maxLat in WGS 84. */
  private static double[] bbox(String text) {
    double[] box;
    try {
      box = Arrays.stream(text.split(",")).mapToDouble(s -> Double.parseDouble(s.trim())).toArray();
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("bbox lleva cuatro números separados por comas");
    }
    if (box.length != 4 || box[0] > box[2] || box[1] > box[3]) {
      throw new IllegalArgumentException(
          "bbox es minLon,minLat,maxLon,maxLat (cuatro números, el mínimo antes del máximo)");
    }
    return box;
  }

  private UriBuilder ogc() {
    return uri.getBaseUriBuilder().path("ogc");
  }

  private UriBuilder itemsPath() {
    return ogc().path("collections").path(MUNICIPALITIES).path("items");
  }

  private String items(int limit, long offset, String bbox) {
    UriBuilder b = itemsPath().queryParam("limit", limit).queryParam("offset", offset);
    if (bbox != null) {
      b.queryParam("bbox", bbox);
    }
    return b.build().toString();
  }

  private static JsonObject link(String href, String rel, String type, String title) {
    return Json.createObjectBuilder()
        .add("href", href)
        .add("rel", rel)
        .add("type", type)
        .add("title", title)
        .build();
  }
}
