package mx.gob.qroo.rppc.cadastre.infrastructure;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import mx.gob.qroo.rppc.cadastre.domain.TopologyCheck;
import mx.gob.qroo.rppc.cadastre.domain.TopologyFinding;
import mx.gob.qroo.rppc.shared.infrastructure.Jdbc;
import mx.gob.qroo.rppc.spatial.domain.GeometryProblem;
import mx.gob.qroo.rppc.spatial.domain.SpatialLayer;
import mx.gob.qroo.rppc.spatial.infrastructure.ImportReports;

/**
 * The topology checks as set-based PostGIS queries over the current parcels (one statement each,
 * using the spatial index), with the folios that cover the parcels involved. Every query returns
 * the same columns: cadastral keys, folio numbers, measure, location.
 */
final class TopologyChecks {

  private static final String OVERLAPS =
      "select array[a.cadastral_key, b.cadastral_key], "
          + FolioLinkReadModel.folioNumbersOf("array[a.id, b.id]")
          + ", round(ST_Area(x.overlap)::numeric, 2), ST_AsText(ST_PointOnSurface(x.overlap))"
          + " from cadastre.parcel a"
          + " join cadastre.parcel b on a.id < b.id and b.retired_at is null and a.geom && b.geom"
          + " and ST_Intersects(a.geom, b.geom)"
          + " cross join lateral (select ST_Intersection(a.geom, b.geom) as overlap) x"
          + " where a.retired_at is null and ST_Area(x.overlap) > ?"
          + " order by 3 desc, 1 limit ?";

  private static final String OUTSIDE =
      "select array[p.cadastral_key], "
          + FolioLinkReadModel.folioNumbersOf("array[p.id]")
          + ", round(ST_Area(x.outside)::numeric, 2), ST_AsText(ST_PointOnSurface(x.outside))"
          + " from cadastre.parcel p join cadastre.municipality m on m.cvegeo = p.municipality"
          + " cross join lateral (select ST_Difference(p.geom, m.geom) as outside) x"
          + " where p.retired_at is null and not ST_CoveredBy(p.geom, m.geom)"
          + " and ST_Area(x.outside) > ?"
          + " order by 3 desc, 1 limit ?";

  private static final String SLIVERS =
      "select array[p.cadastral_key], "
          + FolioLinkReadModel.folioNumbersOf("array[p.id]")
          + ", round((4 * pi() * ST_Area(p.geom) / (ST_Perimeter(p.geom) ^ 2))::numeric, 4),"
          + " ST_AsText(ST_PointOnSurface(p.geom))"
          + " from cadastre.parcel p"
          + " where p.retired_at is null and ST_Perimeter(p.geom) > 0"
          + " and 4 * pi() * ST_Area(p.geom) / (ST_Perimeter(p.geom) ^ 2) < 0.05"
          + " and ? >= 0"
          + " order by 3, 1 limit ?";

  private static final String GAPS =
      "with block as ("
          + " select regexp_replace(p.cadastral_key, '-[^-]+$', '') as block,"
          + " array_agg(p.id) as ids, ST_Union(p.geom) as geom"
          + " from cadastre.parcel p where p.retired_at is null group by 1),"
          + " hole as ("
          + " select b.block, b.ids, ST_MakePolygon(ST_ExteriorRing(r.geom)) as geom"
          + " from block b, ST_Dump(b.geom) d, ST_DumpRings(d.geom) r where r.path[1] > 0)"
          + " select array(select distinct p.cadastral_key from cadastre.parcel p"
          + " where p.id = any(h.ids) and ST_Touches(p.geom, h.geom) order by 1), "
          + FolioLinkReadModel.folioNumbersOf("h.ids")
          + ", round(ST_Area(h.geom)::numeric, 2), ST_AsText(ST_PointOnSurface(h.geom))"
          + " from hole h where ST_Area(h.geom) > ? and ST_Area(h.geom) < 1000"
          + " order by 3 desc, 1 limit ?";

  /**
   * What the import reports say: parcels whose geometry was invalid in the file (repaired on
   * request, or their import rejected); measure is the import's id, location in the source CRS.
   */
  private static final String INVALID =
      "select array[pr->>'feature'], "
          + FolioLinkReadModel.folioNumbersOf(
              "array(select p.id from cadastre.parcel p"
                  + " where p.cadastral_key = pr->>'feature' and p.retired_at is null)")
          + ", li.id::numeric, pr->>'location'"
          + " from "
          + ImportReports.problemsOf(SpatialLayer.PARCELS)
          + " li where starts_with(pr->>'reason', '"
          + GeometryProblem.INVALID
          + "')"
          + " and ? >= 0 order by li.id desc, 1 limit ?";

  private TopologyChecks() {}

  static List<TopologyFinding> run(
      Connection connection, TopologyCheck check, double toleranceM2, int limit) {
    String sql =
        switch (check) {
          case OVERLAPPING_PARCELS -> OVERLAPS;
          case PARCELS_OUTSIDE_MUNICIPALITY -> OUTSIDE;
          case SLIVER_PARCELS -> SLIVERS;
          case GAPS_IN_BLOCKS -> GAPS;
          case INVALID_GEOMETRIES -> INVALID;
        };
    List<TopologyFinding> findings = new ArrayList<>();
    try (PreparedStatement s = connection.prepareStatement(sql)) {
      s.setDouble(1, toleranceM2);
      s.setInt(2, limit);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          findings.add(
              new TopologyFinding(
                  check,
                  Jdbc.texts(rs.getArray(1)),
                  Jdbc.texts(rs.getArray(2)),
                  rs.getBigDecimal(3),
                  rs.getString(4)));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("falló la revisión topológica " + check, e);
    }
    return findings;
  }
}
