package mx.gob.qroo.rppc.audit.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import mx.gob.qroo.rppc.audit.domain.StaffDirectory;
import mx.gob.qroo.rppc.audit.domain.StaffMember;
import mx.gob.qroo.rppc.party.domain.Curp;
import mx.gob.qroo.rppc.shared.domain.Office;
import mx.gob.qroo.rppc.shared.infrastructure.Database;
import mx.gob.qroo.rppc.shared.infrastructure.Jdbc;

@ApplicationScoped
public class SqlStaffDirectory implements StaffDirectory {

  private static final String SELECT =
      "select user_name, full_name, curp, office from shared.staff_member";

  @Inject Database database;

  protected SqlStaffDirectory() {}

  /** Outside the container (database tests). */
  public SqlStaffDirectory(Database database) {
    this.database = database;
  }

  @Override
  public void save(StaffMember member) {
    work(
        c ->
            Jdbc.update(
                c,
                "insert into shared.staff_member (user_name, full_name, curp, office)"
                    + " values (?, ?, ?, ?) on conflict (user_name) do update"
                    + " set full_name = excluded.full_name, curp = excluded.curp,"
                    + " office = excluded.office",
                member.userName(),
                member.fullName(),
                member.curp() == null ? null : member.curp().value(),
                member.office() == null ? null : member.office().name()));
  }

  @Override
  public Optional<StaffMember> find(String userName) {
    return database.first(
        "falló el directorio de personal",
        SELECT + " where user_name = ?",
        SqlStaffDirectory::member,
        userName);
  }

  @Override
  public List<StaffMember> all() {
    return work(c -> Jdbc.rows(c, SELECT + " order by user_name", SqlStaffDirectory::member));
  }

  private static StaffMember member(ResultSet r) throws SQLException {
    return new StaffMember(
        r.getString(1),
        r.getString(2),
        r.getString(3) == null ? null : Curp.of(r.getString(3)),
        r.getString(4) == null ? null : Office.valueOf(r.getString(4)));
  }

  private <T> T work(Jdbc.Work<T> work) {
    return database.withConnection("falló el directorio de personal", work);
  }
}
