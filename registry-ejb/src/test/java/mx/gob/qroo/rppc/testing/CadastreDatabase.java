package mx.gob.qroo.rppc.testing;

import java.sql.Connection;
import java.time.Clock;
import mx.gob.qroo.rppc.cadastre.infrastructure.CadastreLayerTargets;
import mx.gob.qroo.rppc.shared.infrastructure.DatabaseMigration;
import mx.gob.qroo.rppc.spatial.domain.LayerImportRequest;
import mx.gob.qroo.rppc.spatial.domain.SpatialLayer;
import mx.gob.qroo.rppc.spatial.infrastructure.SpatialLayerImporter;

/** A fresh database for the spatial tests: migrated, with the INEGI municipalities imported. */
public final class CadastreDatabase {

  private CadastreDatabase() {}

  public static TestDatabase withMunicipalities() throws Exception {
    TestDatabase database = TestDatabase.createEmpty();
    DatabaseMigration.migrate(database.dataSource(), CadastreDatabase.class.getClassLoader());
    try (Connection c = database.connect()) {
      c.setAutoCommit(false);
      LayerImportRequest municipalities =
          new LayerImportRequest(
              InegiData.inegi().resolve("AGEM_23.geojson"),
              null,
              SpatialLayer.MUNICIPALITIES,
              null,
              null,
              null,
              false);
      new SpatialLayerImporter(c, Clock.systemUTC())
          .run(municipalities, "admin1", CadastreLayerTargets.of(municipalities));
      c.commit();
    }
    return database;
  }

  /**
   * A point well inside the municipality (PostGIS's point on its surface), in EPSG:6371 metres
   * rounded down, from which a test lays out its parcels.
   */
  public static double[] pointInside(TestDatabase database, String cvegeo) {
    String point =
        "ST_PointOnSurface(geom)) from cadastre.municipality where cvegeo = '" + cvegeo + "'";
    return new double[] {
      Math.floor(database.number("select ST_X(" + point)),
      Math.floor(database.number("select ST_Y(" + point))
    };
  }
}
