package mx.gob.qroo.rppc.cadastre.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import mx.gob.qroo.rppc.cadastre.domain.CadastralKey;
import mx.gob.qroo.rppc.cadastre.domain.MapCrs;
import mx.gob.qroo.rppc.cadastre.domain.NewParcel;
import mx.gob.qroo.rppc.cadastre.domain.ParcelChange;
import mx.gob.qroo.rppc.cadastre.domain.ParcelHistory;
import mx.gob.qroo.rppc.cadastre.domain.Parcels;
import mx.gob.qroo.rppc.shared.domain.InvalidRequestException;
import mx.gob.qroo.rppc.shared.domain.ResourceNotFoundException;
import mx.gob.qroo.rppc.shared.infrastructure.Database;
import mx.gob.qroo.rppc.shared.infrastructure.Jdbc;
import mx.gob.qroo.rppc.spatial.domain.GeometryProblem;

/**
 * Subdivisions and mergers in PostGIS, on the caller's transaction. The parcels involved are locked
 * first; every check runs before anything changes, and a refusal says what is wrong with which
 * parcel.
 */
@ApplicationScoped
public class SqlParcels implements Parcels {

  /** Areas below this many m² are drawing noise, not overlaps or gaps. */
  private static final double NOISE_M2 = 0.5;

  @Inject Database database;

  @Override
  public ParcelChange subdivide(CadastralKey parentKey, List<NewParcel> children, MapCrs crs) {
    if (children.size() < 2) {
      throw InvalidRequestException.of("children", "una subdivisión produce al menos dos predios");
    }
    return withConnection(
        c -> {
          Locked parent = lock(c, List.of(parentKey)).get(0);
          stage(c, children, crs);
          List<String> problems =
              strings(
                  c,
                  "select n.key || ': ' || case"
                      + " when GeometryType(n.geom) <> 'MULTIPOLYGON' then 'no es un polígono'"
                      + " when not ST_IsValid(n.geom) then '"
                      + GeometryProblem.INVALID
                      + "'"
                      + " || ST_IsValidReason(n.geom)"
                      + " when (select count(*) from new_parcel o where o.key = n.key) > 1"
                      + " then 'clave repetida en la solicitud'"
                      + " when n.key <> ? and exists (select 1 from cadastre.parcel p"
                      + " where p.cadastral_key = n.key and p.retired_at is null)"
                      + " then 'ya existe un predio vigente con esa clave'"
                      + " else round(ST_Area(ST_Difference(n.geom, p.geom))::numeric, 2)"
                      + " || ' m² fuera del predio que se subdivide' end"
                      + " from new_parcel n, cadastre.parcel p where p.id = ? and ("
                      + " GeometryType(n.geom) <> 'MULTIPOLYGON' or not ST_IsValid(n.geom)"
                      + " or (select count(*) from new_parcel o where o.key = n.key) > 1"
                      + " or (n.key <> ? and exists (select 1 from cadastre.parcel q"
                      + " where q.cadastral_key = n.key and q.retired_at is null))"
                      + " or ST_Area(ST_Difference(n.geom, p.geom)) > "
                      + NOISE_M2
                      + ") order by n.n",
                  parentKey.value(),
                  parent.id,
                  parentKey.value());
          if (problems.isEmpty()) {
            problems.addAll(
                strings(
                    c,
                    "select a.key || ': se traslapa con ' || b.key || ' en '"
                        + " || round(ST_Area(ST_Intersection(a.geom, b.geom))::numeric, 2) || ' m²'"
                        + " from new_parcel a join new_parcel b on a.n < b.n and a.geom && b.geom"
                        + " where ST_Area(ST_Intersection(a.geom, b.geom)) > "
                        + NOISE_M2
                        + " union all select 'el conjunto deja sin cubrir '"
                        + " || round((ST_Area(p.geom) - ST_Area(u))::numeric, 2)"
                        + " || ' m² del predio' from cadastre.parcel p,"
                        + " (select ST_Union(geom) u from new_parcel) x"
                        + " where p.id = ? and ST_Area(ST_Difference(p.geom, u))"
                        + " > greatest(1, 0.001 * ST_Area(p.geom))",
                    parent.id));
          }
          if (!problems.isEmpty()) {
            throw InvalidRequestException.of(
                "children",
                "subdivisión de " + parentKey + " rechazada: " + String.join("; ", problems));
          }
          retire(c, List.of(parent.id), "SUBDIVISION");
          List<Long> created =
              ids(
                  c,
                  "insert into cadastre.parcel (cadastral_key, municipality, geom, valid_from)"
                      + " select key, ?, geom, now() from new_parcel order by n returning id",
                  parent.municipality);
          link(c, List.of(parent.id), created, "SUBDIVISION");
          return new ParcelChange(
              "SUBDIVISION",
              List.of(parentKey.value()),
              children.stream().map(n -> n.cadastralKey().value()).toList(),
              created);
        });
  }

  @Override
  public ParcelChange merge(List<CadastralKey> parentKeys, CadastralKey childKey) {
    if (parentKeys.stream().distinct().count() < 2) {
      throw InvalidRequestException.of("parents", "una fusión une al menos dos predios distintos");
    }
    return withConnection(
        c -> {
          List<Locked> parents = lock(c, parentKeys);
          if (parents.stream().map(p -> p.municipality).distinct().count() > 1) {
            throw InvalidRequestException.of(
                "parents", "los predios están en municipios distintos: no se pueden fusionar");
          }
          List<Long> ids = parents.stream().map(p -> p.id).toList();
          long pieces =
              ids(
                      c,
                      "select ST_NumGeometries(ST_Multi(ST_Union(geom))) from cadastre.parcel"
                          + " where id = any(?)",
                      array(c, ids))
                  .get(0);
          if (pieces > 1) {
            throw InvalidRequestException.of(
                "parents", "los predios no son colindantes: su unión tiene " + pieces + " partes");
          }
          boolean reused = parentKeys.contains(childKey);
          if (!reused
              && !ids(
                      c,
                      "select 1 from cadastre.parcel where cadastral_key = ? and retired_at is null",
                      childKey.value())
                  .isEmpty()) {
            throw InvalidRequestException.of(
                "cadastralKey", childKey + ": ya existe un predio vigente con esa clave");
          }
          retire(c, ids, "MERGER");
          List<Long> created =
              ids(
                  c,
                  "insert into cadastre.parcel (cadastral_key, municipality, geom, valid_from)"
                      + " select ?, ?, ST_Multi(ST_Union(geom)), now() from cadastre.parcel"
                      + " where id = any(?) returning id",
                  childKey.value(),
                  parents.get(0).municipality,
                  array(c, ids));
          link(c, ids, created, "MERGER");
          return new ParcelChange(
              "MERGER",
              parentKeys.stream().map(CadastralKey::value).distinct().toList(),
              List.of(childKey.value()),
              created);
        });
  }

  @Override
  public Optional<ParcelHistory> history(CadastralKey cadastralKey) {
    return withConnection(c -> ParcelLineage.of(c, cadastralKey));
  }

  // ---------------------------------------------------------------------------------------------

  private record Locked(long id, String municipality) {}

  /** The current parcels with these keys, locked until the transaction ends, in key order. */
  private static List<Locked> lock(Connection c, List<CadastralKey> keys) throws SQLException {
    List<String> wanted = keys.stream().map(CadastralKey::value).distinct().sorted().toList();
    List<Locked> found = new ArrayList<>();
    List<String> foundKeys = new ArrayList<>();
    try (PreparedStatement s =
        c.prepareStatement(
            "select id, municipality, cadastral_key from cadastre.parcel"
                + " where cadastral_key = any(?) and retired_at is null"
                + " order by cadastral_key for update")) {
      s.setArray(1, c.createArrayOf("text", wanted.toArray()));
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          found.add(new Locked(rs.getLong(1), rs.getString(2)));
          foundKeys.add(rs.getString(3));
        }
      }
    }
    List<String> missing = new ArrayList<>(wanted);
    missing.removeAll(foundKeys);
    if (!missing.isEmpty()) {
      throw new ResourceNotFoundException(
          "no hay predio vigente con la clave " + String.join(", ", missing));
    }
    return found;
  }

  /**
   * The new parcels in a temporary table, in EPSG:6371; a geometry PostGIS cannot read is a 400.
   */
  private static void stage(Connection c, List<NewParcel> children, MapCrs crs)
      throws SQLException {
    execute(c, "create temp table new_parcel (n integer, key text, geom geometry) on commit drop");
    execute(c, "savepoint new_parcels");
    String transform = "ST_Transform(ST_SetSRID(ST_GeomFromGeoJSON(?), " + crs.srid() + "), 6371)";
    if (crs.latitudeFirst()) {
      transform =
          "ST_Transform(ST_FlipCoordinates(ST_SetSRID(ST_GeomFromGeoJSON(?), "
              + crs.srid()
              + ")), 6371)";
    }
    try (PreparedStatement s =
        c.prepareStatement(
            "insert into new_parcel (n, key, geom) values (?, ?, ST_Multi(" + transform + "))")) {
      for (int i = 0; i < children.size(); i++) {
        NewParcel child = children.get(i);
        s.setInt(1, i);
        s.setString(2, child.cadastralKey().value());
        s.setString(3, child.geometryGeoJson());
        try {
          s.executeUpdate();
        } catch (SQLException e) {
          execute(c, "rollback to savepoint new_parcels");
          throw InvalidRequestException.of(
              "children",
              child.cadastralKey()
                  + ": PostGIS no puede leer la geometría GeoJSON ("
                  + e.getMessage().lines().findFirst().orElse("")
                  + ")");
        }
      }
    }
    execute(c, "release savepoint new_parcels");
  }

  private static void retire(Connection c, List<Long> ids, String reason) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "update cadastre.parcel set retired_at = now(), retired_reason = ? where id = any(?)")) {
      s.setString(1, reason);
      s.setArray(2, array(c, ids));
      s.executeUpdate();
    }
  }

  /** Lineage from every parent to every child, and the parents' folios onto the children. */
  private static void link(Connection c, List<Long> parents, List<Long> children, String event)
      throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "insert into cadastre.parcel_lineage (parent_id, child_id, event, occurred_at)"
                + " select p, ch, ?, now() from unnest(?::bigint[]) p, unnest(?::bigint[]) ch")) {
      s.setString(1, event);
      s.setArray(2, array(c, parents));
      s.setArray(3, array(c, children));
      s.executeUpdate();
    }
    try (PreparedStatement s =
        c.prepareStatement(
            "insert into cadastre.folio_parcel (folio_id, parcel_id, linked_at)"
                + " select distinct fp.folio_id, ch, now() from cadastre.folio_parcel fp,"
                + " unnest(?::bigint[]) ch where fp.parcel_id = any(?) on conflict do nothing")) {
      s.setArray(1, array(c, children));
      s.setArray(2, array(c, parents));
      s.executeUpdate();
    }
  }

  private static Array array(Connection c, List<Long> ids) throws SQLException {
    return c.createArrayOf("bigint", ids.toArray());
  }

  private static List<Long> ids(Connection c, String sql, Object... parameters)
      throws SQLException {
    return Jdbc.rows(c, sql, r -> r.getLong(1), parameters);
  }

  private static List<String> strings(Connection c, String sql, Object... parameters)
      throws SQLException {
    return Jdbc.rows(c, sql, r -> r.getString(1), parameters);
  }

  private static void execute(Connection c, String sql) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      s.execute();
    }
  }

  private <T> T withConnection(Jdbc.Work<T> work) {
    return database.withConnection("falló el cambio de predios", work);
  }
}
