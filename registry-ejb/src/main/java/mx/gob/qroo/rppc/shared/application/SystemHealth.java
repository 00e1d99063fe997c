package mx.gob.qroo.rppc.shared.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/** Checks that the database answers and has PostGIS. Anyone may ask. */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SystemHealth {

  @Resource(lookup = "java:jboss/datasources/RegistryDS")
  private DataSource dataSource;

  public DatabaseHealth database() {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      statement.setQueryTimeout(5);
      try (ResultSet rs =
          statement.executeQuery(
              "select current_setting('server_version'), postgis_lib_version()")) {
        rs.next();
        return new DatabaseHealth(true, rs.getString(1), rs.getString(2), null);
      }
    } catch (SQLException e) {
      return new DatabaseHealth(false, null, null, e.getMessage());
    }
  }
}
