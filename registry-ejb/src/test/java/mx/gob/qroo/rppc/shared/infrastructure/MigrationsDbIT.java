package mx.gob.qroo.rppc.shared.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import mx.gob.qroo.rppc.testing.TestDatabase;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MigrationsDbIT {

  private TestDatabase database;

  @BeforeEach
  void emptyDatabase() {
    database = TestDatabase.createEmpty();
  }

  @AfterEach
  void drop() {
    database.close();
  }

  @Test
  void allMigrationsApplyCleanlyToAnEmptyDatabaseAndOnlyOnce() {
    MigrateResult first =
        DatabaseMigration.migrate(database.dataSource(), getClass().getClassLoader());
    MigrateResult second =
        DatabaseMigration.migrate(database.dataSource(), getClass().getClassLoader());

    assertThat(first.success).isTrue();
    assertThat(first.migrationsExecuted).isEqualTo(migrationFiles()).isPositive();
    assertThat(second.migrationsExecuted).isZero();
  }

  @Test
  void everyTableOfTheApplicationIsCommented() throws SQLException {
    DatabaseMigration.migrate(database.dataSource(), getClass().getClassLoader());

    List<String> uncommented = new ArrayList<>();
    try (Connection c = database.connect();
        ResultSet rs =
            c.createStatement()
                .executeQuery(
                    "select n.nspname || '.' || t.relname from pg_class t"
                        + " join pg_namespace n on n.oid = t.relnamespace"
                        + " where t.relkind = 'r' and n.nspname in ('filing', 'audit', 'folio', 'shared')"
                        + " and obj_description(t.oid, 'pg_class') is null")) {
      while (rs.next()) {
        uncommented.add(rs.getString(1));
      }
    }
    assertThat(uncommented).isEmpty();
  }

  @Test
  void seedsTheProcedureCatalogueWithSaleAndLienCertificate() throws SQLException {
    DatabaseMigration.migrate(database.dataSource(), getClass().getClassLoader());

    List<String> codes = new ArrayList<>();
    try (Connection c = database.connect();
        ResultSet rs = c.createStatement().executeQuery("select code from filing.procedure_type")) {
      while (rs.next()) {
        codes.add(rs.getString(1));
      }
    }
    assertThat(codes).contains("COMPRAVENTA", "CERTIFICADO_LIBERTAD_GRAVAMEN");
  }

  private static long migrationFiles() {
    File folder = new File("src/main/resources/db/migration");
    return Objects.requireNonNull(folder.list((dir, name) -> name.matches("V\\d+__.+\\.sql")))
        .length;
  }
}
