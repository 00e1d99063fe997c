package mx.gob.qroo.rppc.maps.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import mx.gob.qroo.rppc.cadastre.domain.MapCrs;
import mx.gob.qroo.rppc.maps.domain.FeaturePage;
import mx.gob.qroo.rppc.maps.domain.FeatureQuery;
import mx.gob.qroo.rppc.maps.domain.MapCollection;
import mx.gob.qroo.rppc.maps.domain.MapFeature;
import mx.gob.qroo.rppc.maps.domain.MapLayers;
import mx.gob.qroo.rppc.maps.domain.ParcelLocation;
import mx.gob.qroo.rppc.shared.infrastructure.Database;
import mx.gob.qroo.rppc.shared.infrastructure.Jdbc;

/**
 * The map layers read straight from PostGIS: a bounding box becomes an index-assisted filter in the
 * storage CRS, geometries are reprojected (and their axes put in the asked CRS's order) by PostGIS,
 * and a page is fetched one feature long to know whether another follows.
 */
@ApplicationScoped
public class SqlMapLayers implements MapLayers {

  @Inject Database database;

  @Inject CollectionExtents extents;

  @Override
  public List<MapCollection> collections() {
    return sources(true).stream().map(FeatureSource::collection).toList();
  }

  @Override
  public Optional<MapCollection> collection(String id) {
    return source(id, true).map(FeatureSource::collection);
  }

  @Override
  public Optional<MapCollection> find(String id) {
    return source(id, false).map(FeatureSource::collection);
  }

  @Override
  public Optional<FeaturePage> features(String collectionId, FeatureQuery query) {
    return source(collectionId, false)
        .map(s -> withConnection(c -> FeatureReads.page(c, s, query)));
  }

  @Override
  public Optional<MapFeature> feature(String collectionId, String featureId, MapCrs crs) {
    return source(collectionId, false)
        .flatMap(s -> withConnection(c -> FeatureReads.one(c, s, featureId, crs)));
  }

  @Override
  public List<ParcelLocation> locate(String cadastralKeyOrFolio) {
    String wanted = cadastralKeyOrFolio.trim().toUpperCase(java.util.Locale.ROOT);
    return withConnection(
        c -> {
          try (PreparedStatement s =
              c.prepareStatement(
                  "select p.cadastral_key, ST_XMin(g), ST_YMin(g), ST_XMax(g), ST_YMax(g)"
                      + " from cadastre.parcel p, lateral ST_Transform(p.geom, 4326) g"
                      + " where p.retired_at is null and (p.cadastral_key = ? or p.id in"
                      + " (select fp.parcel_id from cadastre.folio_parcel fp join folio.folio f"
                      + " on f.id = fp.folio_id where f.folio_number = ?))"
                      + " order by p.cadastral_key limit 20")) {
            s.setString(1, wanted);
            s.setString(2, wanted);
            List<ParcelLocation> found = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
              while (rs.next()) {
                found.add(
                    new ParcelLocation(
                        rs.getString(1),
                        new double[] {
                          rs.getDouble(2), rs.getDouble(3), rs.getDouble(4), rs.getDouble(5)
                        }));
              }
            }
            return found;
          }
        });
  }

  private Optional<FeatureSource> source(String id, boolean withExtent) {
    if (id == null) {
      return Optional.empty();
    }
    if (id.startsWith(FeatureSource.ZONES_PREFIX)) {
      return withConnection(c -> zoneSources(c, id, withExtent ? extents.current(c) : null))
          .stream()
          .findFirst();
    }
    return switch (id) {
      case FeatureSource.MUNICIPALITIES ->
          Optional.of(
              FeatureSource.municipalities(
                  withExtent ? withConnection(extents::current).municipalities() : null));
      case FeatureSource.PARCELS ->
          Optional.of(
              FeatureSource.parcels(
                  withExtent ? withConnection(extents::current).parcels() : null));
      default -> Optional.empty();
    };
  }

  private List<FeatureSource> sources(boolean withExtents) {
    return withConnection(
        c -> {
          List<FeatureSource> sources = new ArrayList<>();
          CollectionExtents.Snapshot extent = withExtents ? extents.current(c) : null;
          sources.add(
              FeatureSource.municipalities(extent == null ? null : extent.municipalities()));
          sources.add(FeatureSource.parcels(extent == null ? null : extent.parcels()));
          sources.addAll(zoneSources(c, null, extent));
          return sources;
        });
  }

  /** The zone collections of every plan version, or of the one whose collection id is given. */
  private static List<FeatureSource> zoneSources(
      Connection c, String id, CollectionExtents.Snapshot extent) throws SQLException {
    String collectionId = "'zones-' || lower(l.plan_key) || '-v' || l.version";
    try (PreparedStatement s =
        c.prepareStatement(
            "select l.id, "
                + collectionId
                + ", l.name || ' (versión ' || l.version || ', vigente desde ' || l.valid_from"
                + " || coalesce(' hasta ' || l.valid_to, '') || ')'"
                + " from planning.land_use_plan l where ? or "
                + collectionId
                + " = ? order by l.plan_key, l.version")) {
      s.setBoolean(1, id == null);
      s.setString(2, id == null ? "" : id);
      List<FeatureSource> sources = new ArrayList<>();
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          long planId = rs.getLong(1);
          sources.add(
              FeatureSource.zones(
                  planId,
                  rs.getString(2),
                  rs.getString(3),
                  extent == null ? null : extent.zonesByPlan().get(planId)));
        }
      }
      return sources;
    }
  }

  /**
   * Work on a connection of the registry's datasource (the anonymous reads' own, in a subclass).
   */
  protected <T> T withConnection(Jdbc.Work<T> work) {
    return database.withConnection("no se pudieron leer las capas", work);
  }
}
