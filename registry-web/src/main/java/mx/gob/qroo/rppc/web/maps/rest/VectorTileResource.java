package mx.gob.qroo.rppc.web.maps.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import mx.gob.qroo.rppc.maps.application.PublicMapLayers;
import mx.gob.qroo.rppc.maps.domain.TileAddress;
import mx.gob.qroo.rppc.maps.domain.TileLayer;
import mx.gob.qroo.rppc.shared.domain.Violations;

/**
 * Mapbox vector tiles {@code /api/tiles/{layer}/{z}/{x}/{y}.mvt} of {@code municipalities}, {@code
 * zones} (of the plans in force today) and {@code parcels} (token required, each tile logged). The
 * ETag is the layer's data version (and the day, for zones), read in the tile's own statement: a
 * client that sends it back in {@code If-None-Match} gets a 304 without the tile being drawn again;
 * public tiles may be cached by shared caches for 5 minutes, parcel tiles only by the client for 1
 * minute.
 */
@Path("/tiles/{layer}/{z}/{x}/{y}.mvt")
public class VectorTileResource {

  static final String MVT = "application/vnd.mapbox-vector-tile";

  @Inject PublicMapLayers layers;

  @PermitAll
  @GET
  @Produces(MVT)
  public Response tile(
      @PathParam("layer") String layer,
      @PathParam("z") String z,
      @PathParam("x") String x,
      @PathParam("y") String y,
      @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch,
      @Context Request request) {
    Violations violations = new Violations();
    TileLayer which = violations.parse("layer", layer, TileLayer::of);
    TileAddress address =
        violations.parse(
            "z/x/y",
            z + "/" + x + "/" + y,
            text -> new TileAddress(number(z), number(x), number(y)));
    violations.throwIfAny();
    PublicMapLayers.Tile tile =
        ifNoneMatch == null
            ? layers.tile(which, address)
            : layers.tileUnlessHeld(
                which, address, tag -> request.evaluatePreconditions(new EntityTag(tag)) != null);
    CacheControl cache = new CacheControl();
    cache.setMaxAge(which.restricted() ? 60 : 300);
    cache.setPrivate(which.restricted());
    EntityTag etag = new EntityTag(tile.tag());
    if (tile.bytes() == null) {
      return Response.notModified(etag).cacheControl(cache).build();
    }
    return Response.ok(tile.bytes(), MVT).tag(etag).cacheControl(cache).build();
  }

  private static int number(String text) {
    try {
      return Integer.parseInt(text);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("z, x e y son números enteros");
    }
  }
}
