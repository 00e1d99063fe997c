package mx.gob.qroo.rppc.maps.infrastructure;

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
import mx.gob.qroo.rppc.maps.domain.MapFeature;

/** Pages and single features of a {@link FeatureSource}, in the CRS asked for. */
final class FeatureReads {

  private FeatureReads() {}

  /**
   * A page in id order (each source's order is its id, so the id is the keyset of {@code after});
   * counted, when the source is cheap to count, over the selection alone (bbox), not the paging.
   */
  static FeaturePage page(Connection c, FeatureSource source, FeatureQuery query)
      throws SQLException {
    if (query.missesServedArea()) {
      return new FeaturePage(
          source.collection().title(), List.of(), false, source.countable() ? 0L : null);
    }
    double[] box = query.searchBox();
    String selection = source.where() + (box == null ? "" : " and " + inBbox(query));
    String paging = query.after() == null ? "" : " and " + source.id() + " > ?";
    List<MapFeature> features = new ArrayList<>();
    try (PreparedStatement s =
        c.prepareStatement(
            select(source, query.crs())
                + " where "
                + selection
                + paging
                + " order by "
                + source.id()
                + " limit ? offset ?")) {
      int next = bind(s, query, box, 1);
      if (query.after() != null) {
        s.setString(next++, query.after());
      }
      s.setInt(next, query.limit() + 1);
      s.setLong(next + 1, query.offset());
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          features.add(new MapFeature(rs.getString(1), rs.getString(2), rs.getString(3)));
        }
      }
    }
    boolean more = features.size() > query.limit();
    if (more) {
      features.remove(features.size() - 1);
    }
    Long matched = null;
    if (source.countable()) {
      try (PreparedStatement s =
          c.prepareStatement("select count(*) from " + source.from() + " where " + selection)) {
        bind(s, query, box, 1);
        try (ResultSet rs = s.executeQuery()) {
          rs.next();
          matched = rs.getLong(1);
        }
      }
    }
    return new FeaturePage(source.collection().title(), features, more, matched);
  }

  static Optional<MapFeature> one(Connection c, FeatureSource source, String id, MapCrs crs)
      throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            select(source, crs) + " where " + source.where() + " and " + source.id() + " = ?")) {
      s.setString(1, id);
      try (ResultSet rs = s.executeQuery()) {
        return rs.next()
            ? Optional.of(new MapFeature(rs.getString(1), rs.getString(2), rs.getString(3)))
            : Optional.empty();
      }
    }
  }

  private static String select(FeatureSource source, MapCrs crs) {
    String geometry = "ST_Transform(t.geom, " + crs.srid() + ")";
    if (crs.latitudeFirst()) {
      geometry = "ST_FlipCoordinates(" + geometry + ")";
    }
    return "select "
        + source.id()
        + ", ("
        + source.properties()
        + ")::text, ST_AsGeoJSON("
        + geometry
        + ", "
        + crs.decimals()
        + ", 0) from "
        + source.from();
  }

  /** The bbox, in its CRS, as a filter in the storage CRS that the GiST index can use. */
  private static String inBbox(FeatureQuery query) {
    String box = "ST_Transform(ST_MakeEnvelope(?, ?, ?, ?, " + query.bboxCrs().srid() + "), 6371)";
    return "t.geom && " + box + " and ST_Intersects(t.geom, " + box + ")";
  }

  private static int bind(PreparedStatement s, FeatureQuery query, double[] b, int first)
      throws SQLException {
    if (b == null) {
      return first;
    }
    // PostGIS wants x (longitude, easting) first: a latitude-first CRS gives its bbox the other way
    double[] xy = query.bboxCrs().latitudeFirst() ? new double[] {b[1], b[0], b[3], b[2]} : b;
    int i = first;
    for (int repeat = 0; repeat < 2; repeat++) {
      for (double v : xy) {
        s.setDouble(i++, v);
      }
    }
    return i;
  }
}
