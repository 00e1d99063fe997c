package mx.gob.qroo.rppc.web.testing;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A year's official holidays taken out of the calendar for a test, as the superuser with triggers
 * on (the catalogue's version moves, as an administrator's change would), and put back on close.
 */
public final class HolidaysSetAside implements AutoCloseable {

  private HolidaysSetAside() {}

  public static HolidaysSetAside of(int year) throws SQLException {
    String ofTheYear = "extract(year from day) = " + year;
    try (Connection c = Deployment.superuser();
        Statement s = c.createStatement()) {
      s.execute(
          "create table public.holidays_aside as select * from shared.holiday where " + ofTheYear);
      s.execute("delete from shared.holiday where " + ofTheYear);
    }
    return new HolidaysSetAside();
  }

  @Override
  public void close() throws SQLException {
    try (Connection c = Deployment.superuser();
        Statement s = c.createStatement()) {
      s.execute("insert into shared.holiday select * from public.holidays_aside");
      s.execute("drop table public.holidays_aside");
    }
  }
}
