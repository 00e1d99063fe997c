package mx.gob.qroo.rppc.spatial.infrastructure;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import mx.gob.qroo.rppc.spatial.domain.CrsOrigin;
import mx.gob.qroo.rppc.spatial.domain.FieldMapping;
import mx.gob.qroo.rppc.spatial.domain.GeometryProblem;
import mx.gob.qroo.rppc.spatial.domain.LayerImportReport;
import mx.gob.qroo.rppc.spatial.domain.SourceCrs;
import mx.gob.qroo.rppc.spatial.domain.SourceFormat;
import mx.gob.qroo.rppc.spatial.domain.SpatialLayer;

/** Rows of {@code spatial.layer_import}: the report every import leaves, published or not. */
public final class ImportReports {

  private static final String INSERT =
      "insert into spatial.layer_import (layer, source_name, source_format, source_srid,"
          + " crs_origin, key_field, name_field, repair_requested, features_read,"
          + " features_published, geometries_invalid, geometries_repaired, outcome, problems,"
          + " actor, started_at, finished_at)"
          + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), ?, ?, ?)"
          + " returning id";

  private static final String SELECT =
      "select id, layer, source_name, source_format, source_srid, crs_origin, key_field,"
          + " name_field, repair_requested, features_read, features_published,"
          + " geometries_invalid, geometries_repaired, outcome, problems::text, actor, started_at,"
          + " finished_at from spatial.layer_import";

  /**
   * The problems the reports of {@code layer}'s imports list, one row each, as a query to use in a
   * {@code from} clause: the import's {@code id} and the problem's JSON object {@code pr} ({@code
   * feature}, {@code reason}, {@code location}).
   */
  public static String problemsOf(SpatialLayer layer) {
    return "(select li.id, pr from spatial.layer_import li, jsonb_array_elements(li.problems) pr"
        + " where li.layer = '"
        + layer.name()
        + "')";
  }

  private ImportReports() {}

  /** The latest reports first, at most {@code limit}. */
  public static List<LayerImportReport> latest(Connection connection, int limit) {
    return select(connection, SELECT + " order by id desc limit ?", limit);
  }

  public static Optional<LayerImportReport> find(Connection connection, long id) {
    return select(connection, SELECT + " where id = ?", id).stream().findFirst();
  }

  /** Records how many features the target published for the import {@code id}. */
  static void published(Connection connection, long id, int published) {
    try (PreparedStatement s =
        connection.prepareStatement(
            "update spatial.layer_import set features_published = ? where id = ?")) {
      s.setInt(1, published);
      s.setLong(2, id);
      s.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("no se pudo completar el informe de importación", e);
    }
  }

  private static List<LayerImportReport> select(Connection connection, String sql, long value) {
    List<LayerImportReport> reports = new ArrayList<>();
    try (PreparedStatement s = connection.prepareStatement(sql)) {
      s.setLong(1, value);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          reports.add(report(rs));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("no se pudieron leer los informes de importación", e);
    }
    return reports;
  }

  private static LayerImportReport report(ResultSet rs) throws SQLException {
    int srid = rs.getInt(5);
    SourceCrs crs = rs.wasNull() ? null : new SourceCrs(srid, CrsOrigin.valueOf(rs.getString(6)));
    List<GeometryProblem> problems = new ArrayList<>();
    try (JsonReader reader = Json.createReader(new StringReader(rs.getString(15)))) {
      for (JsonValue value : reader.readArray()) {
        JsonObject o = value.asJsonObject();
        problems.add(
            new GeometryProblem(
                o.getString("feature"), o.getString("reason"), o.getString("location", null)));
      }
    }
    return new LayerImportReport(
        rs.getLong(1),
        SpatialLayer.valueOf(rs.getString(2)),
        rs.getString(3),
        SourceFormat.valueOf(rs.getString(4)),
        crs,
        new FieldMapping(rs.getString(7), rs.getString(8)),
        rs.getBoolean(9),
        rs.getInt(10),
        rs.getInt(11),
        rs.getInt(12),
        rs.getInt(13),
        LayerImportReport.Outcome.valueOf(rs.getString(14)),
        problems,
        rs.getString(16),
        rs.getTimestamp(17).toInstant(),
        rs.getTimestamp(18).toInstant());
  }

  static long insert(Connection connection, LayerImportReport r) {
    try (PreparedStatement s = connection.prepareStatement(INSERT)) {
      s.setString(1, r.layer().name());
      s.setString(2, r.sourceName());
      s.setString(3, r.format().name());
      if (r.crs() == null) {
        s.setNull(4, Types.INTEGER);
        s.setNull(5, Types.VARCHAR);
      } else {
        s.setInt(4, r.crs().srid());
        s.setString(5, r.crs().origin().name());
      }
      s.setString(6, r.mapping().keyField());
      s.setString(7, r.mapping().nameField());
      s.setBoolean(8, r.repairRequested());
      s.setInt(9, r.featuresRead());
      s.setInt(10, r.featuresPublished());
      s.setInt(11, r.geometriesInvalid());
      s.setInt(12, r.geometriesRepaired());
      s.setString(13, r.outcome().name());
      s.setString(14, json(r));
      s.setString(15, r.actor());
      s.setTimestamp(16, Timestamp.from(r.startedAt()));
      s.setTimestamp(17, Timestamp.from(r.finishedAt()));
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("no se pudo guardar el informe de importación", e);
    }
  }

  private static String json(LayerImportReport r) {
    JsonArrayBuilder problems = Json.createArrayBuilder();
    for (GeometryProblem p : r.problems()) {
      JsonObjectBuilder o =
          Json.createObjectBuilder().add("feature", p.feature()).add("reason", p.reason());
      if (p.location() != null) {
        o.add("location", p.location());
      }
      problems.add(o);
    }
    return problems.build().toString();
  }
}
