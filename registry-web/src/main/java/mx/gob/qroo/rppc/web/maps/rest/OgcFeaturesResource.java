package mx.gob.qroo.rppc.web.maps.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.Arrays;
import mx.gob.qroo.rppc.cadastre.domain.MapCrs;
import mx.gob.qroo.rppc.maps.application.PublicMapLayers;
import mx.gob.qroo.rppc.maps.domain.FeaturePage;
import mx.gob.qroo.rppc.maps.domain.FeatureQuery;
import mx.gob.qroo.rppc.maps.domain.MapCollection;
import mx.gob.qroo.rppc.maps.domain.MapFeature;
import mx.gob.qroo.rppc.shared.domain.InvalidRequestException;
import mx.gob.qroo.rppc.shared.domain.Violations;
import mx.gob.qroo.rppc.web.maps.FeatureJson;

/**
 * OGC API - Features at {@code /api/ogc}: Part 1 Core with GeoJSON and HTML, Part 2 CRS by
 * reference (CRS84, EPSG:4326, EPSG:6365, EPSG:6371). Collections: {@code municipalities} and the
 * zones of every plan version ({@code zones-<plan>-v<n>}) for anyone; {@code parcels} for staff and
 * planners with a bearer token (the web descriptor asks for one on its paths). QGIS and GDAL's
 * OAPIF driver read it as a WFS 3 service; {@code ?f=html} (or a browser's Accept) gives HTML
 * pages.
 */
@Path("/ogc")
public class OgcFeaturesResource {

  private static final String JSON = "application/json";
  private static final String GEOJSON = "application/geo+json";
  private static final String HTML = "text/html";
  // what QGIS asks the service-desc link for; /openapi.json answers it
  private static final String OPENAPI_JSON = "application/vnd.oai.openapi+json;version=3.0";
  private static final String OPENAPI_YAML = "application/vnd.oai.openapi;version=3.0";
  private static final int DEFAULT_LIMIT = 10;
  private static final JsonBuilderFactory JSON_BUILDERS = FeatureJson.builders();

  @Inject PublicMapLayers layers;

  @Context UriInfo uri;
  @Context HttpHeaders headers;
  @Context SecurityContext security;

  @PermitAll
  @GET
  @Produces({JSON, HTML})
  public Response landingPage(@QueryParam("f") String f) {
    JsonObject page =
        JSON_BUILDERS
            .createObjectBuilder()
            .add("title", "RPPC Quintana Roo: capas del registro")
            .add(
                "description",
                "Límites municipales del INEGI (Fuente: INEGI, Marco Geoestadístico), zonas de los"
                    + " planes de desarrollo urbano y de ordenamiento ecológico, y predios (con"
                    + " autenticación) como OGC API - Features.")
            .add(
                "links",
                JSON_BUILDERS
                    .createArrayBuilder()
                    .add(link(ogc().build().toString(), "self", JSON, "esta página"))
                    .add(link(html(ogc()), "alternate", HTML, "esta página en HTML"))
                    .add(
                        link(
                            uri.getBaseUriBuilder().path("openapi.json").build().toString(),
                            "service-desc",
                            OPENAPI_JSON,
                            "definición de la API (OpenAPI 3.0, JSON)"))
                    .add(
                        link(
                            uri.getBaseUriBuilder().path("openapi.yaml").build().toString(),
                            "service-desc",
                            OPENAPI_YAML,
                            "definición de la API (OpenAPI 3.0, YAML)"))
                    .add(
                        link(
                            uri.getBaseUriBuilder().path("openapi.html").build().toString(),
                            "service-doc",
                            HTML,
                            "documentación de la API: operaciones y quién puede llamarlas"))
                    .add(
                        link(
                            ogc().path("conformance").build().toString(),
                            "conformance",
                            JSON,
                            "conformidad"))
                    .add(
                        link(
                            ogc().path("collections").build().toString(),
                            "data",
                            JSON,
                            "colecciones")))
            .build();
    return answer(page, JSON, f, null);
  }

  @PermitAll
  @GET
  @Path("/conformance")
  @Produces({JSON, HTML})
  public Response conformance(@QueryParam("f") String f) {
    JsonObject page =
        JSON_BUILDERS
            .createObjectBuilder()
            .add("title", "Conformidad")
            .add(
                "conformsTo",
                JSON_BUILDERS
                    .createArrayBuilder()
                    .add("http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core")
                    .add("http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson")
                    .add("http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/html")
                    .add("http://www.opengis.net/spec/ogcapi-features-2/1.0/conf/crs"))
            .build();
    return answer(page, JSON, f, null);
  }

  @PermitAll
  @GET
  @Path("/collections")
  @Produces({JSON, HTML})
  public Response collections(@QueryParam("f") String f) {
    // an anonymous client (QGIS without a login) is shown only what it may open
    boolean authenticated = security.getUserPrincipal() != null;
    JsonArrayBuilder collections = JSON_BUILDERS.createArrayBuilder();
    layers.collections().stream()
        .filter(c -> authenticated || !c.restricted())
        .forEach(c -> collections.add(collection(c)));
    JsonObject page =
        JSON_BUILDERS
            .createObjectBuilder()
            .add("title", "Colecciones")
            .add(
                "links",
                JSON_BUILDERS
                    .createArrayBuilder()
                    .add(link(collectionsPath().build().toString(), "self", JSON, "colecciones"))
                    .add(link(html(collectionsPath()), "alternate", HTML, "en HTML")))
            .add("crs", crsList())
            .add("collections", collections)
            .build();
    return answer(page, JSON, f, null);
  }

  @PermitAll
  @GET
  @Path("/collections/{collectionId}")
  @Produces({JSON, HTML})
  public Response collection(@PathParam("collectionId") String id, @QueryParam("f") String f) {
    return answer(collection(layers.collection(id)).build(), JSON, f, null);
  }

  /**
   * A page of features. A {@code limit} above 1,000 is served as 1,000 (OGC API - Features lets a
   * server return fewer than asked, and clients such as GDAL ask for large pages); an {@code
   * offset} above 10,000 is refused: the {@code next} links carry the keyset {@code after} (the
   * last feature's id), as cheap on the last page as on the first.
   */
  @PermitAll
  @GET
  @Path("/collections/{collectionId}/items")
  @Produces({GEOJSON, JSON, HTML})
  public Response items(
      @PathParam("collectionId") String id,
      @QueryParam("limit") String limit,
      @QueryParam("offset") String offset,
      @QueryParam("after") String after,
      @QueryParam("bbox") String bbox,
      @QueryParam("bbox-crs") String bboxCrs,
      @QueryParam("crs") String crs,
      @QueryParam("f") String f) {
    Violations violations = new Violations();
    double[] box = violations.parseOptional("bbox", bbox, FeatureQuery::bbox);
    MapCrs boxCrs = violations.parseOptional("bbox-crs", bboxCrs, OgcFeaturesResource::crs);
    MapCrs outCrs = violations.parseOptional("crs", crs, OgcFeaturesResource::crs);
    Long asked = violations.parseOptional("limit", limit, OgcFeaturesResource::whole);
    Long skipped = violations.parseOptional("offset", offset, OgcFeaturesResource::whole);
    if (asked != null && asked < 1) {
      violations.add("limit", "limit debe ser al menos 1");
    }
    violations.throwIfAny();
    int size = asked == null ? DEFAULT_LIMIT : (int) Math.min(asked, FeatureQuery.MAX_LIMIT);
    long from = skipped == null ? 0 : skipped;
    // a box outside its CRS's range, an offset past the cap: the query refuses it, a 400
    FeatureQuery query = new FeatureQuery(box, boxCrs, outCrs, size, from, after);
    FeaturePage page = layers.features(id, query);
    JsonArrayBuilder features = FeatureJson.features(page.features());
    JsonArrayBuilder links =
        JSON_BUILDERS
            .createArrayBuilder()
            .add(link(items(id, query, from, after, null), "self", GEOJSON, "esta página"))
            .add(
                link(
                    items(id, query, from, after, "html"),
                    "alternate",
                    HTML,
                    "esta página en HTML"))
            .add(
                link(
                    collectionsPath().path(id).build().toString(),
                    "collection",
                    JSON,
                    "colección"));
    if (page.more()) {
      String last = page.features().get(page.features().size() - 1).id();
      links.add(link(items(id, query, 0, last, null), "next", GEOJSON, "página siguiente"));
    }
    if (from > 0 && after == null) {
      links.add(
          link(
              items(id, query, Math.max(0, from - size), null, null),
              "prev",
              GEOJSON,
              "página anterior"));
    }
    JsonObjectBuilder collection =
        JSON_BUILDERS
            .createObjectBuilder()
            .add("type", "FeatureCollection")
            .add("title", page.title())
            .add("features", features);
    if (page.numberMatched() != null) {
      collection.add("numberMatched", page.numberMatched());
    }
    collection
        .add("numberReturned", page.features().size())
        .add("timeStamp", Instant.now().toString())
        .add("links", links);
    return answer(collection.build(), GEOJSON, f, query.crs());
  }

  @PermitAll
  @GET
  @Path("/collections/{collectionId}/items/{featureId}")
  @Produces({GEOJSON, JSON, HTML})
  public Response item(
      @PathParam("collectionId") String id,
      @PathParam("featureId") String featureId,
      @QueryParam("crs") String crs,
      @QueryParam("f") String f) {
    Violations violations = new Violations();
    MapCrs outCrs = violations.parseOptional("crs", crs, OgcFeaturesResource::crs);
    violations.throwIfAny();
    MapCrs answerCrs = outCrs == null ? MapCrs.CRS84 : outCrs;
    MapFeature found = layers.feature(id, featureId, answerCrs);
    UriBuilder self = collectionsPath().path(id).path("items").path(found.id());
    JsonObject feature =
        FeatureJson.feature(found)
            .add(
                "links",
                JSON_BUILDERS
                    .createArrayBuilder()
                    .add(link(self.build().toString(), "self", GEOJSON, "este elemento"))
                    .add(link(html(self), "alternate", HTML, "en HTML"))
                    .add(
                        link(
                            collectionsPath().path(id).build().toString(),
                            "collection",
                            JSON,
                            "la colección")))
            .build();
    return answer(feature, GEOJSON, f, answerCrs);
  }

  // ---------------------------------------------------------------------------------------------

  /** JSON (or GeoJSON) unless HTML is asked for by {@code f=html} or by a browser's Accept. */
  private Response answer(JsonObject body, String json, String f, MapCrs crs) {
    boolean html =
        f != null
            ? f.equalsIgnoreCase("html")
            : headers.getAcceptableMediaTypes().stream()
                .findFirst()
                .map(m -> m.isCompatible(MediaType.TEXT_HTML_TYPE) && !m.isWildcardType())
                .orElse(false);
    if (f != null && !html && !f.equalsIgnoreCase("json")) {
      throw InvalidRequestException.of("f", "f admite json o html");
    }
    Response.ResponseBuilder response =
        html ? Response.ok(OgcHtml.page(body), HTML + ";charset=UTF-8") : Response.ok(body, json);
    if (crs != null) {
      response.header("Content-Crs", "<" + crs.uri() + ">");
    }
    return response.build();
  }

  private JsonObjectBuilder collection(MapCollection c) {
    UriBuilder items = collectionsPath().path(c.id()).path("items");
    JsonObjectBuilder collection =
        JSON_BUILDERS
            .createObjectBuilder()
            .add("id", c.id())
            .add("title", c.title())
            .add("description", c.description())
            .add("itemType", "feature")
            .add("crs", crsList())
            .add("storageCrs", MapCrs.STORAGE.uri());
    if (c.extent() != null) {
      JsonArrayBuilder bbox = JSON_BUILDERS.createArrayBuilder();
      Arrays.stream(c.extent()).forEach(bbox::add);
      collection.add(
          "extent",
          JSON_BUILDERS
              .createObjectBuilder()
              .add(
                  "spatial",
                  JSON_BUILDERS
                      .createObjectBuilder()
                      .add("bbox", JSON_BUILDERS.createArrayBuilder().add(bbox))
                      .add("crs", MapCrs.CRS84.uri())));
    }
    return collection.add(
        "links",
        JSON_BUILDERS
            .createArrayBuilder()
            .add(link(collectionsPath().path(c.id()).build().toString(), "self", JSON, c.title()))
            .add(link(items.build().toString(), "items", GEOJSON, "elementos"))
            .add(link(html(items), "items", HTML, "elementos en HTML")));
  }

  private static JsonArrayBuilder crsList() {
    JsonArrayBuilder list = JSON_BUILDERS.createArrayBuilder();
    Arrays.stream(MapCrs.values()).forEach(c -> list.add(c.uri()));
    return list;
  }

  /** A whole number written in decimal digits (one too long to hold reads as the largest). */
  private static long whole(String text) {
    String digits = text.strip();
    if (!digits.matches("-?\\d+")) {
      throw new IllegalArgumentException("es un número entero");
    }
    return digits.length() > 18
        ? (digits.startsWith("-") ? -1 : Long.MAX_VALUE)
        : Long.parseLong(digits);
  }

  private static MapCrs crs(String uri) {
    return MapCrs.ofUri(uri)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "CRS no disponible; se admiten "
                        + String.join(
                            ", ", Arrays.stream(MapCrs.values()).map(MapCrs::uri).toList())));
  }

  private UriBuilder ogc() {
    return uri.getBaseUriBuilder().path("ogc");
  }

  private UriBuilder collectionsPath() {
    return ogc().path("collections");
  }

  private static String html(UriBuilder page) {
    return page.clone().queryParam("f", "html").build().toString();
  }

  private String items(String id, FeatureQuery query, long offset, String after, String f) {
    UriBuilder b = collectionsPath().path(id).path("items").queryParam("limit", query.limit());
    if (after != null) {
      b.queryParam("after", after);
    }
    if (offset > 0 || after == null) {
      b.queryParam("offset", offset);
    }
    if (query.bbox() != null) {
      b.queryParam(
          "bbox",
          String.join(",", Arrays.stream(query.bbox()).mapToObj(Double::toString).toList()));
      if (query.bboxCrs() != MapCrs.CRS84) {
        b.queryParam("bbox-crs", query.bboxCrs().uri());
      }
    }
    if (query.crs() != MapCrs.CRS84) {
      b.queryParam("crs", query.crs().uri());
    }
    if (f != null) {
      b.queryParam("f", f);
    }
    return b.build().toString();
  }

  private static JsonObject link(String href, String rel, String type, String title) {
    return JSON_BUILDERS
        .createObjectBuilder()
        .add("href", href)
        .add("rel", rel)
        .add("type", type)
        .add("title", title)
        .build();
  }
}
