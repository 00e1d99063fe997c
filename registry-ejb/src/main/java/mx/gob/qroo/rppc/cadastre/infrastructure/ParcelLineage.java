package mx.gob.qroo.rppc.cadastre.infrastructure;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import mx.gob.qroo.rppc.cadastre.domain.CadastralKey;
import mx.gob.qroo.rppc.cadastre.domain.Parcel;
import mx.gob.qroo.rppc.cadastre.domain.ParcelHistory;
import mx.gob.qroo.rppc.shared.infrastructure.Jdbc;

/**
 * The family of a cadastral key: its versions and, through the lineage in both directions, every
 * parcel version they came from or became (one recursive query; UNION stops at versions seen).
 */
final class ParcelLineage {

  private static final String FAMILY =
      "with recursive family(id) as ("
          + " select id from cadastre.parcel where cadastral_key = ?"
          + " union"
          + " select case when l.parent_id = f.id then l.child_id else l.parent_id end"
          + " from cadastre.parcel_lineage l join family f on f.id in (l.parent_id, l.child_id))";

  private ParcelLineage() {}

  static Optional<ParcelHistory> of(Connection c, CadastralKey key) throws SQLException {
    List<Parcel> versions = new ArrayList<>();
    try (PreparedStatement s =
        c.prepareStatement(
            FAMILY
                + " select p.id, p.cadastral_key, p.area_m2, p.valid_from, p.retired_at,"
                + " p.retired_reason, "
                + FolioLinkReadModel.folioNumbersOf("array[p.id]")
                + " from family join cadastre.parcel p on p.id = family.id"
                + " order by p.valid_from, p.cadastral_key")) {
      s.setString(1, key.value());
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          OffsetDateTime retired = rs.getObject(5, OffsetDateTime.class);
          versions.add(
              new Parcel(
                  rs.getLong(1),
                  rs.getString(2),
                  rs.getBigDecimal(3),
                  rs.getObject(4, OffsetDateTime.class).toInstant(),
                  retired == null ? null : retired.toInstant(),
                  rs.getString(6),
                  Jdbc.texts(rs.getArray(7))));
        }
      }
    }
    if (versions.isEmpty()) {
      return Optional.empty();
    }
    List<ParcelHistory.Event> events = new ArrayList<>();
    try (PreparedStatement s =
        c.prepareStatement(
            FAMILY
                + " select l.parent_id, l.child_id, l.event, l.occurred_at"
                + " from cadastre.parcel_lineage l where l.parent_id in (select id from family)"
                + " order by l.occurred_at, l.parent_id, l.child_id")) {
      s.setString(1, key.value());
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          events.add(
              new ParcelHistory.Event(
                  rs.getLong(1),
                  rs.getLong(2),
                  rs.getString(3),
                  rs.getObject(4, OffsetDateTime.class).toInstant()));
        }
      }
    }
    return Optional.of(new ParcelHistory(key.value(), versions, events));
  }
}
