package mx.gob.qroo.rppc.cadastre.infrastructure;

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
import mx.gob.qroo.rppc.cadastre.domain.CrsOrigin;
import mx.gob.qroo.rppc.cadastre.domain.FieldMapping;
import mx.gob.qroo.rppc.cadastre.domain.GeometryProblem;
import mx.gob.qroo.rppc.cadastre.domain.LayerImportReport;
import mx.gob.qroo.rppc.cadastre.domain.LayerImportReport.Outcome;
import mx.gob.qroo.rppc.cadastre.domain.LayerImportRequest;
import mx.gob.qroo.rppc.cadastre.domain.SourceCrs;
import mx.gob.qroo.rppc.cadastre.domain.SourceFormat;
import mx.gob.qroo.rppc.cadastre.domain.SpatialLayer;
import mx.gob.qroo.rppc.shared.domain.Excerpt;
import mx.gob.qroo.rppc.shared.domain.InvalidRequestException;

/**
 * Imports a reference layer on the caller's connection and inside the caller's transaction:
 * ogr2ogr's dump of the file becomes a {@code gis_staging} table in the source CRS; PostGIS checks
 * every feature (geometry present, valid, polygonal; key present, well formed, unique; name
 * present); then either the whole layer is published (reprojected to EPSG:6371, replacing what it
 * covers) or nothing is, and in both cases a report row is written. A rejected import rolls back to
 * a savepoint taken before staging, so only its report stays.
 */
public final class SpatialLayerImporter {

  private static final int STORAGE_SRID = 6371;
  private static final String INVALID = GeometryProblem.INVALID;

  private final Connection connection;
  private final Clock clock;

  public SpatialLayerImporter(Connection connection, Clock clock) {
    this.connection = connection;
    this.clock = clock;
  }

  public LayerImportReport run(LayerImportRequest request, String actor) {
    if (request.layer() == SpatialLayer.ZONES) {
      throw InvalidRequestException.of(
          "layer",
          "las zonas se importan como versión de un plan de uso de suelo (POST /api/plans)");
    }
    return run(request, actor, null);
  }

  /**
   * Imports into a layer that another context publishes ({@code target}), or, when it is null, into
   * one of the cadastre's own layers.
   */
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
    if (target != null) {
      attributes.addAll(
          problems(target.problemsQuery(table, columns, featureOf(request.mapping()))));
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
      published =
          target == null
              ? publish(table, request, id, read)
              : publishTo(target, table, columns, request, id);
      execute("drop table gis_staging." + table);
      execute(
          "update cadastre.layer_import set features_published = "
              + published
              + " where id = "
              + id);
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
    if (target != null) {
      required.addAll(target.requiredFields());
    }
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
    return "ST_Multi(ST_Transform(" + geometry + ", " + STORAGE_SRID + "))";
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
    if (layer == SpatialLayer.PARCELS) {
      // a parcel belongs to the INEGI municipality that contains a point of its surface
      problems.addAll(
          problems(
              "select "
                  + feature
                  + ", 'fuera de los municipios del INEGI cargados',"
                  + " ST_AsText(ST_PointOnSurface(s.geom)) from gis_staging."
                  + table
                  + " s where s.geom is not null and not ST_IsEmpty(s.geom) and ST_IsValid(s.geom)"
                  + " and not exists (select 1 from cadastre.municipality m where ST_Contains("
                  + "m.geom, ST_PointOnSurface(ST_Transform(s.geom, "
                  + STORAGE_SRID
                  + ")))) order by s.source_fid"));
    }
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

  /** Publishes the staged layer; how many features it added or replaced. */
  private int publish(String table, LayerImportRequest request, long importId, int read) {
    FieldMapping m = request.mapping();
    String geometry = geometry(request);
    String source =
        " select s."
            + m.keyField()
            + ", s."
            + m.nameField()
            + ", "
            + storage(geometry)
            + ", "
            + importId
            + " from gis_staging."
            + table
            + " s";
    // one publication of a layer at a time: a second import waits and then replaces the first
    execute("select pg_advisory_xact_lock(hashtextextended('layer:" + request.layer() + "', 0))");
    switch (request.layer()) {
      case PARCELS -> {
        return publishParcels(table, geometry, m, importId);
      }
      case ZONES -> throw new IllegalStateException("las zonas las publica su plan");
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
    return read;
  }

  /**
   * New parcels, and new versions of parcels whose geometry changed (a resurvey: the old version is
   * retired, linked to the new one in the lineage, and its folios follow). Unchanged parcels and
   * parcels absent from the file stay as they are. Property folios with the same cadastral key in
   * the same municipality get linked to the parcel.
   */
  private int publishParcels(String table, String geometry, FieldMapping m, long importId) {
    execute(
        "create temp table parcel_change on commit drop as"
            + " select st.key, st.geom, p.id as replaced"
            + " from (select s."
            + m.keyField()
            + "::text as key, "
            + storage(geometry)
            + " as geom from gis_staging."
            + table
            + " s) st"
            + " left join cadastre.parcel p on p.cadastral_key = st.key and p.retired_at is null"
            + " where p.id is null or not ST_Equals(p.geom, st.geom)");
    execute(
        "update cadastre.parcel p set retired_at = now(), retired_reason = 'RESURVEY'"
            + " from parcel_change c where p.id = c.replaced");
    execute(
        "insert into cadastre.parcel (cadastral_key, municipality, geom, valid_from, import_id)"
            + " select c.key, (select m.cvegeo from cadastre.municipality m"
            + " order by m.geom <-> ST_PointOnSurface(c.geom), m.cvegeo limit 1),"
            + " c.geom, now(), "
            + importId
            + " from parcel_change c");
    execute(
        "insert into cadastre.parcel_lineage (parent_id, child_id, event, occurred_at)"
            + " select c.replaced, p.id, 'RESURVEY', now() from parcel_change c"
            + " join cadastre.parcel p on p.cadastral_key = c.key and p.retired_at is null"
            + " where c.replaced is not null");
    execute(
        "insert into cadastre.folio_parcel (folio_id, parcel_id, linked_at)"
            + " select fp.folio_id, p.id, now() from parcel_change c"
            + " join cadastre.folio_parcel fp on fp.parcel_id = c.replaced"
            + " join cadastre.parcel p on p.cadastral_key = c.key and p.retired_at is null"
            + " union "
            + FolioLinkReadModel.propertyFoliosOfImport(importId)
            + " on conflict do nothing");
    int published = count("select count(*) from parcel_change");
    execute("drop table parcel_change");
    return published;
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
