package mx.gob.qroo.rppc.shared.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.logging.Level;
import java.util.logging.Logger;
import mx.gob.qroo.rppc.shared.infrastructure.Database;

/** Checks that the database answers and has PostGIS. Anyone may ask. */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SystemHealth {

  private static final Logger LOG = Logger.getLogger(SystemHealth.class.getName());

  @Inject Database database;

  public DatabaseHealth database() {
    try (Connection connection = database.dataSource().getConnection();
        Statement statement = connection.createStatement()) {
      statement.setQueryTimeout(5);
      try (ResultSet rs =
          statement.executeQuery(
              "select current_setting('server_version'), postgis_lib_version()")) {
        rs.next();
        LOG.fine(() -> "salud: PostgreSQL " + safe(rs, 1) + ", PostGIS " + safe(rs, 2));
        return new DatabaseHealth(true, true);
      }
    } catch (SQLException e) {
      LOG.log(Level.WARNING, "la base de datos no respondió a la revisión de salud", e);
      return new DatabaseHealth(false, false);
    }
  }

  private static String safe(ResultSet rs, int column) {
    try {
      return rs.getString(column);
    } catch (SQLException e) {
      return "?";
    }
  }
}
