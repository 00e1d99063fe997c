package mx.gob.qroo.rppc.planning.infrastructure;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import mx.gob.qroo.rppc.planning.domain.PlanPublication;
import mx.gob.qroo.rppc.shared.domain.InvalidRequestException;

/**
 * The number a new version of a plan gets, and the rules it must keep with the versions before: the
 * same kind and municipality, and a first day of validity after theirs (the previous version is
 * then closed the day before). One publication of a plan at a time: the plan's key is locked until
 * the transaction ends.
 */
final class PlanVersions {

  private PlanVersions() {}

  static int next(Connection c, PlanPublication publication) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement("select pg_advisory_xact_lock(hashtextextended('plan:' || ?, 0))")) {
      s.setString(1, publication.planKey());
      s.execute();
    }
    try (PreparedStatement s = c.prepareStatement(CadastreReadModel.MUNICIPALITIES_OF_CODE)) {
      s.setString(1, publication.municipality());
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        if (rs.getInt(1) == 0) {
          throw InvalidRequestException.of(
              "municipality",
              "el municipio "
                  + publication.municipality()
                  + " no está en la capa de municipios del INEGI cargada");
        }
      }
    }
    try (PreparedStatement s =
        c.prepareStatement(
            "select version, kind, municipality, valid_from from planning.land_use_plan"
                + " where plan_key = ? order by version desc limit 1")) {
      s.setString(1, publication.planKey());
      try (ResultSet rs = s.executeQuery()) {
        if (!rs.next()) {
          return 1;
        }
        int latest = rs.getInt(1);
        boolean sameKind = rs.getString(2).equals(publication.kind().name());
        if (!sameKind || !rs.getString(3).equals(publication.municipality())) {
          throw InvalidRequestException.of(
              sameKind ? "municipality" : "kind",
              "el plan "
                  + publication.planKey()
                  + " es un "
                  + rs.getString(2)
                  + " del municipio "
                  + rs.getString(3)
                  + ": una nueva versión no cambia de tipo ni de municipio");
        }
        LocalDate previousFrom = rs.getObject(4, LocalDate.class);
        if (!publication.validFrom().isAfter(previousFrom)) {
          throw InvalidRequestException.of(
              "validFrom",
              "la versión "
                  + latest
                  + " del plan "
                  + publication.planKey()
                  + " rige desde el "
                  + previousFrom
                  + ": la nueva versión debe regir a partir de un día posterior");
        }
        return latest + 1;
      }
    }
  }
}
