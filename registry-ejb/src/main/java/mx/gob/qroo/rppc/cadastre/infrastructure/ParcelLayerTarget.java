package mx.gob.qroo.rppc.cadastre.infrastructure;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;
import mx.gob.qroo.rppc.spatial.domain.FieldMapping;
import mx.gob.qroo.rppc.spatial.infrastructure.StagedLayerTarget;

/**
 * Cadastral parcels: each must lie in an INEGI municipality already loaded; publishing adds new
 * parcels and new versions of parcels whose geometry changed (a resurvey: the old version is
 * retired, linked to the new one in the lineage, and its folios follow). Unchanged parcels and
 * parcels absent from the file stay as they are. Property folios with the same cadastral key in the
 * same municipality get linked to the parcel.
 */
final class ParcelLayerTarget implements StagedLayerTarget {

  private final FieldMapping mapping;

  ParcelLayerTarget(FieldMapping mapping) {
    this.mapping = mapping;
  }

  /** A parcel belongs to the INEGI municipality that contains a point of its surface. */
  @Override
  public String problemsQuery(String table, Set<String> columns, String feature) {
    return "select "
        + feature
        + ", 'fuera de los municipios del INEGI cargados',"
        + " ST_AsText(ST_PointOnSurface(s.geom)) from gis_staging."
        + table
        + " s where s.geom is not null and not ST_IsEmpty(s.geom) and ST_IsValid(s.geom)"
        + " and not exists (select 1 from cadastre.municipality m where ST_Contains("
        + "m.geom, ST_PointOnSurface(ST_Transform(s.geom, "
        + STORAGE_SRID
        + ")))) order by s.source_fid";
  }

  @Override
  public int publish(
      Connection connection, String table, Set<String> columns, String geometry, long importId)
      throws SQLException {
    try (Statement s = connection.createStatement()) {
      // one publication of parcels at a time: a second import waits and then applies its changes
      s.execute("select pg_advisory_xact_lock(hashtextextended('layer:PARCELS', 0))");
      s.execute(
          "create temp table parcel_change on commit drop as"
              + " select st.key, st.geom, p.id as replaced"
              + " from (select s."
              + mapping.keyField()
              + "::text as key, "
              + geometry
              + " as geom from gis_staging."
              + table
              + " s) st"
              + " left join cadastre.parcel p on p.cadastral_key = st.key and p.retired_at is null"
              + " where p.id is null or not ST_Equals(p.geom, st.geom)");
      s.execute(
          "update cadastre.parcel p set retired_at = now(), retired_reason = 'RESURVEY'"
              + " from parcel_change c where p.id = c.replaced");
      s.execute(
          "insert into cadastre.parcel (cadastral_key, municipality, geom, valid_from, import_id)"
              + " select c.key, (select m.cvegeo from cadastre.municipality m"
              + " order by m.geom <-> ST_PointOnSurface(c.geom), m.cvegeo limit 1),"
              + " c.geom, now(), "
              + importId
              + " from parcel_change c");
      s.execute(
          "insert into cadastre.parcel_lineage (parent_id, child_id, event, occurred_at)"
              + " select c.replaced, p.id, 'RESURVEY', now() from parcel_change c"
              + " join cadastre.parcel p on p.cadastral_key = c.key and p.retired_at is null"
              + " where c.replaced is not null");
      s.execute(
          "insert into cadastre.folio_parcel (folio_id, parcel_id, linked_at)"
              + " select fp.folio_id, p.id, now() from parcel_change c"
              + " join cadastre.folio_parcel fp on fp.parcel_id = c.replaced"
              + " join cadastre.parcel p on p.cadastral_key = c.key and p.retired_at is null"
              + " union "
              + FolioLinkReadModel.propertyFoliosOfImport(importId)
              + " on conflict do nothing");
      int published;
      try (ResultSet rs = s.executeQuery("select count(*) from parcel_change")) {
        rs.next();
        published = rs.getInt(1);
      }
      s.execute("drop table parcel_change");
      return published;
    }
  }
}
