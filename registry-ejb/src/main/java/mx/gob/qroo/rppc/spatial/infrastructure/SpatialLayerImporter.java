package mx.gob.qroo.rppc.spatial.infrastructure;

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
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ThreadLocalRandom;
import mx.gob.qroo.rppc.shared.domain.Excerpt;
import mx.gob.qroo.rppc.shared.domain.InvalidRequestException;
import mx.gob.qroo.rppc.spatial.domain.CrsOrigin;
import mx.gob.qroo.rppc.spatial.domain.FieldMapping;
import mx.gob.qroo.rppc.spatial.domain.GeometryProblem;
import mx.gob.qroo.rppc.spatial.domain.LayerImportReport;
import mx.gob.qroo.rppc.spatial.domain.LayerImportReport.Outcome;
import mx.gob.qroo.rppc.spatial.domain.LayerImportRequest;
import mx.gob.qroo.rppc.spatial.domain.SourceCrs;
import mx.gob.qroo.rppc.spatial.domain.SourceFormat;
import mx.gob.qroo.rppc.spatial.domain.SpatialLayer;

/**
 * Imports a spatial layer on the caller's connection and inside the caller's transaction: ogr2ogr's
 * dump of the file becomes a {@code gis_staging} table in the source CRS; PostGIS checks every
 * feature (geometry present, valid, polygonal; key present, well formed, unique; name present) and
 * the target adds its own checks; then either the whole layer is handed to the target, which
 * publishes it in its context's tables (reprojected to EPSG:6371), or nothing is, and in both cases
 * a report row is written. A rejected import rolls back to a savepoint taken before staging, so
 * only its report stays.
 */
public final class SpatialLayerImporter {

  private static final String INVALID = GeometryProblem.INVALID;

  private final Connection connection;
  private final Clock clock;

  public SpatialLayerImporter(Connection connection, Clock clock) {
    this.connection = connection;
    this.clock = clock;
  }

  /** Imports the request's file into the layer {@code target} publishes. */
  public LayerImportReport run(LayerImportRequest request, String actor, StagedLayerTarget target) {
    if (!Files.isRegularFile(request.file())) {
      throw new IllegalArgumentException("no existe el archivo " + request.sourceName());
    }
    try (LayerSource source = LayerSource.open(request.file(), request.sourceLayer())) {
      return run(request, actor, target, source);
    }
  }

  private LayerImportReport run(
      LayerImportRequest request, String actor, StagedLayerTarget target, LayerSource source) {
    Instant started = clock.instant();
    SourceFormat format = source.format();
    String table = "layer_" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong());
    SourceCrs declared = format == SourceFormat.GEOJSON ? GeoJsonCrs.of(source.path()) : null;
    if (declared != null
        && declared.origin() == CrsOrigin.GEOJSON_DEFAULT
        && request.srid() != null) {
      declared = new SourceCrs(request.srid(), CrsOrigin.PARAMETER);
    }
    Path dump =
        Ogr2ogr.dump(
            source, request.sourceLayer(), table, declared == null ? null : declared.srid());
    execute("savepoint layer_import");
    PgDumpScript.forEachStatement(dump, this::execute);
    SourceCrs crs = declared != null ? declared : crsOfStaged(table, format, request.srid());
    requireSameCrs(crs, request.srid());
    requireKnownSrid(crs.srid());
    Set<String> columns = requireFields(table, request.mapping(), target);

    int read = count("select count(*) from gis_staging." + table);
    List<GeometryProblem> geometry = geometryProblems(table, request.mapping());
    List<GeometryProblem> attributes =
        attributeProblems(table, request.layer(), request.mapping(), read);
    String targetChecks = target.problemsQuery(table, columns, featureOf(request.mapping()));
    if (targetChecks != null) {
      attributes.addAll(problems(targetChecks));
    }
    int invalid = (int) geometry.stream().filter(SpatialLayerImporter::repairable).count();
    // only an invalid geometry can be repaired; a missing, empty or non-polygonal one cannot
    boolean publish =
        attributes.isEmpty() && invalid == geometry.size() && (invalid == 0 || request.repair());
    List<GeometryProblem> problems = new ArrayList<>(attributes);
    problems.addAll(geometry);
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
            0,
            invalid,
            publish ? invalid : 0,
            publish ? Outcome.PUBLISHED : Outcome.REJECTED,
            problems,
            actor,
            started,
            clock.instant());
    long id = ImportReports.insert(connection, report);
    int published = 0;
    if (publish) {
      published = publishTo(target, table, columns, request, id);
      execute("drop table gis_staging." + table);
      ImportReports.published(connection, id, published);
    }
    execute("release savepoint layer_import");
    return withId(report, id, published);
  }

  private int publishTo(
      StagedLayerTarget target,
      String table,
      Set<String> columns,
      LayerImportRequest request,
      long importId) {
    try {
      return target.publish(connection, table, columns, storage(geometry(request)), importId);
    } catch (SQLException e) {
      throw new IllegalStateException("falló la publicación de la capa: " + e.getMessage(), e);
    }
  }

  private static boolean repairable(GeometryProblem problem) {
    return problem.reason().startsWith(INVALID);
  }

  private SourceCrs crsOfStaged(String table, SourceFormat format, Integer parameter) {
    int srid = count("select Find_SRID('gis_staging', '" + table + "', 'geom')");
    if (srid > 0) {
      return new SourceCrs(
          srid, format == SourceFormat.GEOPACKAGE ? CrsOrigin.GEOPACKAGE : CrsOrigin.PRJ);
    }
    if (parameter == null) {
      throw InvalidRequestException.of(
          "srid",
          "la capa no declara su sistema de referencia (falta el .prj o el SRS):"
              + " indique el código EPSG con el parámetro srid");
    }
    execute("select UpdateGeometrySRID('gis_staging', '" + table + "', 'geom', " + parameter + ")");
    return new SourceCrs(parameter, CrsOrigin.PARAMETER);
  }

  private static void requireSameCrs(SourceCrs crs, Integer parameter) {
    if (parameter != null && crs.origin() != CrsOrigin.PARAMETER && crs.srid() != parameter) {
      throw InvalidRequestException.of(
          "srid",
          "la capa declara EPSG:"
              + crs.srid()
              + " y el parámetro srid dice EPSG:"
              + parameter
              + "; se respeta lo que declara la fuente: quite el parámetro o corrija el archivo");
    }
  }

  private void requireKnownSrid(int srid) {
    if (count("select count(*) from spatial_ref_sys where srid = " + srid) == 0) {
      throw InvalidRequestException.of(
          "srid", "PostGIS no conoce el sistema de referencia EPSG:" + srid);
    }
  }

  private Set<String> requireFields(String table, FieldMapping mapping, StagedLayerTarget target) {
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
    List<String> required = new ArrayList<>(Arrays.asList(mapping.keyField(), mapping.nameField()));
    required.addAll(target.requiredFields());
    for (String field : required) {
      if (field != null && !columns.contains(field)) {
        // the parameter that named the attribute: the key, the name, or a plan's norms
        String parameter =
            field.equals(mapping.keyField())
                ? "keyField"
                : field.equals(mapping.nameField()) ? "nameField" : "fields";
        throw InvalidRequestException.of(
            parameter,
            "la capa no tiene el atributo "
                + Excerpt.of(field)
                + "; atributos disponibles: "
                + String.join(", ", columns.stream().limit(30).map(Excerpt::of).toList()));
      }
    }
    return columns;
  }

  private static String featureOf(FieldMapping m) {
    return "coalesce(s." + m.keyField() + "::text, '#' || s.source_fid)";
  }

  private static String geometry(LayerImportRequest request) {
    return request.repair() ? "ST_CollectionExtract(ST_MakeValid(s.geom), 3)" : "s.geom";
  }

  /** A staged geometry expression as a MultiPolygon in the storage CRS. */
  private static String storage(String geometry) {
    return "ST_Multi(ST_Transform(" + geometry + ", " + StagedLayerTarget.STORAGE_SRID + "))";
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
            + " else '"
            + INVALID
            + "' || (ST_IsValidDetail(s.geom)).reason end,"
            + " case when s.geom is not null and not ST_IsEmpty(s.geom)"
            + " then ST_AsText((ST_IsValidDetail(s.geom)).location) end"
            + " from gis_staging."
            + table
            + " s where s.geom is null or ST_IsEmpty(s.geom)"
            + " or GeometryType(s.geom) <> 'MULTIPOLYGON' or not ST_IsValid(s.geom)"
            + " order by s.source_fid");
  }

  private List<GeometryProblem> attributeProblems(
      String table, SpatialLayer layer, FieldMapping m, int read) {
    List<GeometryProblem> problems = new ArrayList<>();
    if (read == 0) {
      problems.add(new GeometryProblem("(capa)", "la capa no tiene elementos", null));
    }
    String key = "s." + m.keyField() + "::text";
    String feature = featureOf(m);
    String duplicated =
        layer.uniqueKeys()
            ? key
                + " in (select "
                + m.keyField()
                + "::text from gis_staging."
                + table
                + " group by 1 having count(*) > 1)"
            : "false";
    String unnamed =
        m.nameField() == null
            ? "false"
            : "s." + m.nameField() + " is null or btrim(s." + m.nameField() + "::text) = ''";
    problems.addAll(
        problems(
            "select "
                + feature
                + ", case when "
                + key
                + " is null then 'falta la clave (atributo "
                + m.keyField()
                + ")' when "
                + key
                + " !~ '"
                + layer.keyPattern()
                + "' then 'clave mal formada: ' || "
                + key
                + " when "
                + duplicated
                + " then 'clave repetida'"
                + " else 'falta el nombre (atributo "
                + m.nameField()
                + ")' end, null from gis_staging."
                + table
                + " s where "
                + key
                + " is null or "
                + key
                + " !~ '"
                + layer.keyPattern()
                + "' or "
                + duplicated
                + " or "
                + unnamed
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

  private static LayerImportReport withId(LayerImportReport r, long id, int published) {
    return new LayerImportReport(
        id,
        r.layer(),
        r.sourceName(),
        r.format(),
        r.crs(),
        r.mapping(),
        r.repairRequested(),
        r.featuresRead(),
        published,
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
