package mx.gob.qroo.rppc.cadastre.infrastructure;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import mx.gob.qroo.rppc.cadastre.domain.GeometryProblem;
import mx.gob.qroo.rppc.cadastre.domain.LayerImportReport;

/** Rows of {@code cadastre.layer_import}: the report every import leaves, published or not. */
final class ImportReports {

  private static final String INSERT =
      "insert into cadastre.layer_import (layer, source_name, source_format, source_srid,"
          + " crs_origin, key_field, name_field, repair_requested, features_read,"
          + " features_published, geometries_invalid, geometries_repaired, outcome, problems,"
          + " actor, started_at, finished_at)"
          + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), ?, ?, ?)"
          + " returning id";

  private ImportReports() {}

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
