package mx.gob.qroo.rppc.cadastre.infrastructure;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ThreadLocalRandom;
import mx.gob.qroo.rppc.cadastre.domain.CrsOrigin;
import mx.gob.qroo.rppc.cadastre.domain.FieldMapping;
import mx.gob.qroo.rppc.cadastre.domain.GeometryProblem;
import mx.gob.qroo.rppc.cadastre.domain.LayerImportReport;
import mx.gob.qroo.rppc.cadastre.domain.LayerImportReport.Outcome;
import mx.gob.qroo.rppc.cadastre.domain.LayerImportRequest;
import mx.gob.qroo.rppc.cadastre.domain.ReferenceLayer;
import mx.gob.qroo.rppc.cadastre.domain.SourceCrs;
import mx.gob.qroo.rppc.cadastre.domain.SourceFormat;

/**
 * Imports a reference layer on the caller's connection and inside the caller's transaction:
 * ogr2ogr's dump of the file becomes a {@code gis_staging} table in the source CRS; PostGIS checks
 * every feature (geometry present, valid, polygonal; key present, well formed, unique; name
 * present); then either the whole layer is published (reprojected to EPSG:6371, replacing what it
 * covers) or nothing is, and in both cases a report row is written. A rejected import rolls back to
 * a savepoint taken before staging, so only its report stays.
 */
public final class ReferenceLayerImporter {

  private static final int STORAGE_SRID = 6371;

  private final Connection connection;
  private final Clock clock;

  public ReferenceLayerImporter(Connection connection, Clock clock) {
    this.connection = connection;
    this.clock = clock;
  }

  public LayerImportReport run(LayerImportRequest request, String actor) {
    Instant started = clock.instant();
    SourceFormat format = request.format();
    if (!Files.isRegularFile(request.file())) {
      throw new IllegalArgumentException("no existe el archivo " + request.sourceName());
    }
    String table = "layer_" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong());
    SourceCrs declared = format == SourceFormat.GEOJSON ? GeoJsonCrs.of(request.file()) : null;
    if (declared != null
        && declared.origin() == CrsOrigin.GEOJSON_DEFAULT
        && request.srid() != null) {
      declared = new SourceCrs(request.srid(), CrsOrigin.PARAMETER);
    }
    Path dump =
        Ogr2ogr.dump(
            request.file(),
            format,
            request.sourceLayer(),
            table,
            declared == null ? null : declared.srid());
    try {
      execute("savepoint layer_import");
      PgDumpScript.forEachStatement(dump, this::execute);
      SourceCrs crs = declared != null ? declared : crsOfStaged(table, format, request.srid());
      requireSameCrs(crs, request.srid());
      requireKnownSrid(crs.srid());
      requireFields(table, request.mapping());

      int read = count("select count(*) from gis_staging." + table);
      List<GeometryProblem> geometry = geometryProblems(table, request.mapping());
      List<GeometryProblem> attributes =
          attributeProblems(table, request.layer(), request.mapping(), read);
      boolean publish = attributes.isEmpty() && (geometry.isEmpty() || request.repair());
      List<GeometryProblem> problems = new ArrayList<>(attributes);
      problems.addAll(geometry);
      int invalid =
          (int) geometry.stream().filter(p -> p.reason().startsWith("geometría inválida")).count();
      if (!publish) {
        execute("rollback to savepoint layer_import");
      }
      LayerImportReport report =
          new LayerImportReport(
              0,
              request.layer(),
              request.sourceName(),
              format,
              crs,
              request.mapping(),
              request.repair(),
              read,
              publish ? read : 0,
              invalid,
              publish ? invalid : 0,
              publish ? Outcome.PUBLISHED : Outcome.REJECTED,
              problems,
              actor,
              started,
              clock.instant());
      long id = ImportReports.insert(connection, report);
      if (publish) {
        publish(table, request, id);
        execute("drop table gis_staging." + table);
      }
      execute("release savepoint layer_import");
      return withId(report, id);
    } finally {
      try {
        Files.deleteIfExists(dump);
      } catch (IOException ignored) {
        // a leftover dump in the temporary folder is harmless
      }
    }
  }

  private SourceCrs crsOfStaged(String table, SourceFormat format, Integer parameter) {
    int srid = count("select Find_SRID('gis_staging', '" + table + "', 'geom')");
    if (srid > 0) {
      return new SourceCrs(
          srid, format == SourceFormat.GEOPACKAGE ? CrsOrigin.GEOPACKAGE : CrsOrigin.PRJ);
    }
    if (parameter == null) {
      throw new IllegalArgumentException(
          "la capa no declara su sistema de referencia (falta el .prj o el SRS):"
              + " indique el código EPSG con el parámetro srid");
    }
    execute("select UpdateGeometrySRID('gis_staging', '" + table + "', 'geom', " + parameter + ")");
    return new SourceCrs(parameter, CrsOrigin.PARAMETER);
  }

  private static void requireSameCrs(SourceCrs crs, Integer parameter) {
    if (parameter != null && crs.origin() != CrsOrigin.PARAMETER && crs.srid() != parameter) {
      throw new IllegalArgumentException(
          "la capa declara EPSG:"
              + crs.srid()
              + " y el parámetro srid dice EPSG:"
              + parameter
              + "; se respeta lo que declara la fuente: quite el parámetro o corrija el archivo");
    }
  }

  private void requireKnownSrid(int srid) {
    if (count("select count(*) from spatial_ref_sys where srid = " + srid) == 0) {
      throw new IllegalArgumentException("PostGIS no conoce el sistema de referencia EPSG:" + srid);
    }
  }

  private void requireFields(String table, FieldMapping mapping) {
    Set<String> columns = new TreeSet<>();
    try (PreparedStatement s =
        connection.prepareStatement(
            "select column_name from information_schema.columns"
                + " where table_schema = 'gis_staging' and table_name = ?")) {
      s.setString(1, table);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          columns.add(rs.getString(1));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    columns.removeAll(Set.of("geom", "source_fid"));
    for (String field : List.of(mapping.keyField(), mapping.nameField())) {
      if (!columns.contains(field)) {
        throw new IllegalArgumentException(
            "la capa no tiene el atributo '" + field + "'; atributos disponibles: " + columns);
      }
    }
  }

  private List<GeometryProblem> geometryProblems(String table, FieldMapping mapping) {
    return problems(
        "select coalesce(s."
            + mapping.keyField()
            + "::text, '#' || s.source_fid), case"
            + " when s.geom is null then 'sin geometría'"
            + " when ST_IsEmpty(s.geom) then 'geometría vacía'"
            + " when GeometryType(s.geom) <> 'MULTIPOLYGON' then 'no es un polígono: '"
            + " || GeometryType(s.geom)"
            + " else 'geometría inválida: ' || (ST_IsValidDetail(s.geom)).reason end,"
            + " case when s.geom is not null and not ST_IsEmpty(s.geom)"
            + " then ST_AsText((ST_IsValidDetail(s.geom)).location) end"
            + " from gis_staging."
            + table
            + " s where s.geom is null or ST_IsEmpty(s.geom)"
            + " or GeometryType(s.geom) <> 'MULTIPOLYGON' or not ST_IsValid(s.geom)"
            + " order by s.source_fid");
  }

  private List<GeometryProblem> attributeProblems(
      String table, ReferenceLayer layer, FieldMapping m, int read) {
    List<GeometryProblem> problems = new ArrayList<>();
    if (read == 0) {
      problems.add(new GeometryProblem("(capa)", "la capa no tiene elementos", null));
    }
    String key = "s." + m.keyField() + "::text";
    problems.addAll(
        problems(
            "select coalesce("
                + key
                + ", '#' || s.source_fid), case"
                + " when "
                + key
                + " is null then 'falta la clave (atributo "
                + m.keyField()
                + ")'"
                + " when "
                + key
                + " !~ '"
                + layer.keyPattern()
                + "' then 'clave mal formada: ' || "
                + key
                + " when count(*) over (partition by "
                + key
                + ") > 1 then 'clave repetida'"
                + " else 'falta el nombre (atributo "
                + m.nameField()
                + ")' end, null"
                + " from gis_staging."
                + table
                + " s"
                + " where "
                + key
                + " is null or "
                + key
                + " !~ '"
                + layer.keyPattern()
                + "' or s."
                + m.nameField()
                + " is null or btrim(s."
                + m.nameField()
                + "::text) = ''"
                + " or "
                + key
                + " in (select "
                + m.keyField()
                + "::text from gis_staging."
                + table
                + " group by 1 having count(*) > 1)"
                + " order by s.source_fid"));
    return problems;
  }

  private List<GeometryProblem> problems(String sql) {
    List<GeometryProblem> found = new ArrayList<>();
    try (Statement s = connection.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      while (rs.next()) {
        found.add(new GeometryProblem(rs.getString(1), rs.getString(2), rs.getString(3)));
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return found;
  }

  private void publish(String table, LayerImportRequest request, long importId) {
    FieldMapping m = request.mapping();
    String geometry = request.repair() ? "ST_CollectionExtract(ST_MakeValid(s.geom), 3)" : "s.geom";
    String source =
        " select s."
            + m.keyField()
            + ", s."
            + m.nameField()
            + ", ST_Multi(ST_Transform("
            + geometry
            + ", "
            + STORAGE_SRID
            + ")), "
            + importId
            + " from gis_staging."
            + table
            + " s";
    // one publication of a layer at a time: a second import waits and then replaces the first
    execute("select pg_advisory_xact_lock(hashtextextended('layer:" + request.layer() + "', 0))");
    switch (request.layer()) {
      case MUNICIPALITIES -> {
        execute("delete from cadastre.municipality");
        execute("insert into cadastre.municipality (cvegeo, name, geom, import_id)" + source);
      }
      case LOCALITIES -> {
        execute(
            "delete from cadastre.locality where municipality in (select distinct left("
                + m.keyField()
                + ", 5) from gis_staging."
                + table
                + ")");
        execute("insert into cadastre.locality (cvegeo, name, geom, import_id)" + source);
      }
    }
  }

  private static LayerImportReport withId(LayerImportReport r, long id) {
    return new LayerImportReport(
        id,
        r.layer(),
        r.sourceName(),
        r.format(),
        r.crs(),
        r.mapping(),
        r.repairRequested(),
        r.featuresRead(),
        r.featuresPublished(),
        r.geometriesInvalid(),
        r.geometriesRepaired(),
        r.outcome(),
        r.problems(),
        r.actor(),
        r.startedAt(),
        r.finishedAt());
  }

  private void execute(String sql) {
    try (Statement s = connection.createStatement()) {
      s.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException("falló la sentencia de importación: " + e.getMessage(), e);
    }
  }

  private int count(String sql) {
    try (Statement s = connection.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getInt(1);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
