package mx.gob.qroo.rppc.cadastre.infrastructure;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import mx.gob.qroo.rppc.cadastre.domain.BoundaryFeature;
import mx.gob.qroo.rppc.cadastre.domain.FeaturePage;

/**
 * The municipal boundaries as map features: stored in EPSG:6371, served in WGS 84 (7 decimals,
 * about a centimetre), filtered by a WGS 84 bounding box through the spatial index.
 */
final class PublicBoundaries {

  private static final String FEATURE =
      "select cvegeo, name, ST_AsGeoJSON(ST_Transform(geom, 4326), 7) from cadastre.municipality";

  /** The bbox, reprojected to storage, as a filter the GiST index can use. */
  private static final String IN_BBOX =
      " where ? or geom && ST_Transform(ST_MakeEnvelope(?, ?, ?, ?, 4326), 6371)"
          + " and ST_Intersects(geom, ST_Transform(ST_MakeEnvelope(?, ?, ?, ?, 4326), 6371))";

  private PublicBoundaries() {}

  static FeaturePage page(Connection c, double[] bbox, int limit, long offset) {
    try (PreparedStatement count =
            c.prepareStatement("select count(*) from cadastre.municipality" + IN_BBOX);
        PreparedStatement page =
            c.prepareStatement(FEATURE + IN_BBOX + " order by cvegeo limit ? offset ?")) {
      bind(count, bbox);
      bind(page, bbox);
      page.setInt(10, limit);
      page.setLong(11, offset);
      long matched;
      try (ResultSet rs = count.executeQuery()) {
        rs.next();
        matched = rs.getLong(1);
      }
      return new FeaturePage(features(page), matched);
    } catch (SQLException e) {
      throw new IllegalStateException("no se pudieron leer los municipios", e);
    }
  }

  static Optional<BoundaryFeature> one(Connection c, String cvegeo) {
    try (PreparedStatement s = c.prepareStatement(FEATURE + " where cvegeo = ?")) {
      s.setString(1, cvegeo);
      return features(s).stream().findFirst();
    } catch (SQLException e) {
      throw new IllegalStateException("no se pudo leer el municipio " + cvegeo, e);
    }
  }

  /** minLon, minLat, maxLon, maxLat of all municipalities in WGS 84; empty when none is loaded. */
  static Optional<double[]> extent(Connection c) {
    try (PreparedStatement s =
            c.prepareStatement(
                "select ST_XMin(e), ST_YMin(e), ST_XMax(e), ST_YMax(e) from (select"
                    + " ST_Extent(ST_Transform(geom, 4326)) as e from cadastre.municipality) x"
                    + " where e is not null");
        ResultSet rs = s.executeQuery()) {
      return rs.next()
          ? Optional.of(
              new double[] {rs.getDouble(1), rs.getDouble(2), rs.getDouble(3), rs.getDouble(4)})
          : Optional.empty();
    } catch (SQLException e) {
      throw new IllegalStateException("no se pudo calcular la extensión de los municipios", e);
    }
  }

  private static void bind(PreparedStatement s, double[] bbox) throws SQLException {
    s.setBoolean(1, bbox == null);
    for (int i = 0; i < 8; i++) {
      s.setDouble(2 + i, bbox == null ? 0 : bbox[i % 4]);
    }
  }

  private static List<BoundaryFeature> features(PreparedStatement s) throws SQLException {
    List<BoundaryFeature> features = new ArrayList<>();
    try (ResultSet rs = s.executeQuery()) {
      while (rs.next()) {
        features.add(new BoundaryFeature(rs.getString(1).trim(), rs.getString(2), rs.getString(3)));
      }
    }
    return features;
  }
}
