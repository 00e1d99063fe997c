package mx.gob.qroo.rppc.maps.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import mx.gob.qroo.rppc.maps.domain.TileAddress;
import mx.gob.qroo.rppc.maps.domain.TileLayer;
import mx.gob.qroo.rppc.maps.domain.VectorTiles;
import mx.gob.qroo.rppc.maps.domain.VersionedTile;
import mx.gob.qroo.rppc.shared.infrastructure.Database;
import mx.gob.qroo.rppc.shared.infrastructure.Jdbc;

/**
 * One statement per tile: the features whose bounding box meets the tile (plus a 64-pixel margin,
 * so that lines do not break at tile edges), clipped and quantised by {@code ST_AsMVTGeom} on a
 * 4096 grid, encoded by {@code ST_AsMVT}, with the layer's version read in the same statement (one
 * round trip, one snapshot). Municipalities and zones are drawn from their web-mercator copies
 * simplified for the tile's band of zooms ({@code cadastre.zoom_band}, migration V21), so that a
 * tile of the whole state reprojects and simplifies nothing; parcels (from zoom 13, small) are
 * reprojected as they are read. The bare tile queries are public constants so the benchmarks can
 * time them alone.
 */
@ApplicationScoped
public class SqlVectorTiles implements VectorTiles {

  /** The tile's envelope with its margin, in web mercator and in the storage CRS. */
  private static final String BOUNDS =
      "with bounds as (select ST_TileEnvelope(?, ?, ?) as tile,"
          + " ST_Transform(ST_TileEnvelope(?, ?, ?, margin => 64.0 / 4096), 6371) as area)";

  /** The same, both in web mercator: for the layers kept in it per band of zooms. */
  private static final String MERCATOR_BOUNDS =
      "with bounds as (select ST_TileEnvelope(?, ?, ?) as tile,"
          + " ST_TileEnvelope(?, ?, ?, margin => 64.0 / 4096) as area)";

  private static final String GEOM =
      "ST_AsMVTGeom(ST_Transform(t.geom, 3857), bounds.tile, 4096, 64, true) as geom";

  private static final String BAND_GEOM =
      "ST_AsMVTGeom(g.geom, bounds.tile, 4096, 64, true) as geom";

  /** The band of the tile's zoom is the 7th parameter. */
  private static final String MUNICIPALITY_FEATURES =
      "select t.cvegeo, t.name as nombre, "
          + BAND_GEOM
          + " from cadastre.municipality_tile_geometry g"
          + " join cadastre.municipality t on t.cvegeo = g.cvegeo, bounds"
          + " where g.band = cadastre.zoom_band(?) and g.geom && bounds.area";

  private static final String PARCEL_FEATURES =
      "select t.cadastral_key as clave_catastral, t.municipality as municipio,"
          + " t.area_m2::float8 as area_m2, "
          + GEOM
          + " from cadastre.parcel t, bounds where t.geom && bounds.area"
          + " and t.retired_at is null";

  /** The zones of the plan versions in force on the day (the 8th and 9th parameters). */
  private static final String ZONE_FEATURES =
      "select l.plan_key as plan, l.version, l.kind as tipo, t.code as clave, t.name as nombre,"
          + " t.density_du_ha::float8 as densidad_viv_ha, t.cos::float8 as cos,"
          + " t.cus::float8 as cus, t.uga_policy as politica, "
          + BAND_GEOM
          + " from planning.plan_zone_tile_geometry g join planning.plan_zone t on t.id = g.zone_id"
          + " join planning.land_use_plan l on l.id = t.plan_id, bounds"
          + " where g.band = cadastre.zoom_band(?) and g.geom && bounds.area"
          + " and l.valid_from <= ? and (l.valid_to is null or l.valid_to >= ?)";

  public static final String MUNICIPALITIES = tileQuery(TileLayer.MUNICIPALITIES, "");

  public static final String PARCELS = tileQuery(TileLayer.PARCELS, "");

  public static final String ZONES = tileQuery(TileLayer.ZONES, "");

  /** The tile's query preceded by a column: the layer's version in the same snapshot. */
  private static String versioned(TileLayer layer) {
    return tileQuery(
        layer,
        " (select version from cadastre.map_layer_version where layer = '" + layer.id() + "'),");
  }

  private static String tileQuery(TileLayer layer, String leadingColumns) {
    String features =
        switch (layer) {
          case MUNICIPALITIES -> MUNICIPALITY_FEATURES;
          case PARCELS -> PARCEL_FEATURES;
          case ZONES -> ZONE_FEATURES;
        };
    return (layer == TileLayer.PARCELS ? BOUNDS : MERCATOR_BOUNDS)
        + " select"
        + leadingColumns
        + " ST_AsMVT(m, '"
        + layer.id()
        + "', 4096, 'geom') from ("
        + features
        + ") m";
  }

  private static final Map<TileLayer, String> VERSIONED = new EnumMap<>(TileLayer.class);

  static {
    for (TileLayer layer : TileLayer.values()) {
      VERSIONED.put(layer, versioned(layer));
    }
  }

  @Inject Database database;

  @Override
  public VersionedTile tile(TileLayer layer, TileAddress address, LocalDate day) {
    if (address.z() < layer.minZoom()) {
      return new VersionedTile(version(layer), new byte[0]);
    }
    return withConnection(
        "no se pudo dibujar la tesela " + address,
        c -> {
          try (PreparedStatement s = c.prepareStatement(VERSIONED.get(layer))) {
            for (int i = 0; i < 2; i++) {
              s.setInt(1 + 3 * i, address.z());
              s.setInt(2 + 3 * i, address.x());
              s.setInt(3 + 3 * i, address.y());
            }
            if (layer != TileLayer.PARCELS) {
              s.setInt(7, address.z());
            }
            if (layer == TileLayer.ZONES) {
              s.setObject(8, day);
              s.setObject(9, day);
            }
            try (ResultSet rs = s.executeQuery()) {
              rs.next();
              byte[] tile = rs.getBytes(2);
              return new VersionedTile(rs.getLong(1), tile == null ? new byte[0] : tile);
            }
          }
        });
  }

  @Override
  public long version(TileLayer layer) {
    return withConnection(
        "no se pudo leer la versión de la capa " + layer.id(),
        c -> {
          try (PreparedStatement s =
              c.prepareStatement(
                  "select version from cadastre.map_layer_version where layer = ?")) {
            s.setString(1, layer.id());
            try (ResultSet rs = s.executeQuery()) {
              return rs.next() ? rs.getLong(1) : 0L;
            }
          }
        });
  }

  /**
   * Work on a connection of the registry's datasource (the anonymous reads' own, in a subclass).
   */
  protected <T> T withConnection(String what, Jdbc.Work<T> work) {
    return database.withConnection(what, work);
  }
}
