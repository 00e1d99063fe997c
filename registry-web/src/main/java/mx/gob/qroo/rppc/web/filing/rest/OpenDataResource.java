package mx.gob.qroo.rppc.web.filing.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import mx.gob.qroo.rppc.filing.application.OpenStatistics;
import mx.gob.qroo.rppc.filing.domain.MonthlyStatistic;

/**
 * Datos abiertos, anonymous: the registry's figures by month, office and procedure type as JSON and
 * CSV, and their Table Schema; no personal data. Recomputed at most every 10 minutes.
 */
@Path("/public/statistics")
public class OpenDataResource {

  static final String SCHEMA = "/opendata/estadisticas.schema.json";

  @Inject OpenStatistics statistics;

  /** The JSON body: when the figures were computed, where their schema is, and the rows. */
  public record Statistics(String calculadas, String esquema, List<Row> filas) {}

  /** One row, with the CSV's column names. */
  public record Row(
      String mes,
      String oficina,
      String tipo_tramite,
      String tipo_tramite_nombre,
      long recibidos,
      long resueltos,
      Double dias_habiles_mediana,
      Double dias_habiles_p90,
      Double proporcion_en_plazo,
      long rezago) {
    static Row of(MonthlyStatistic s) {
      return new Row(
          s.month().toString(),
          s.office(),
          s.procedureType(),
          s.procedureTypeName(),
          s.received(),
          s.resolved(),
          s.medianBusinessDays(),
          s.p90BusinessDays(),
          s.onTimeShare(),
          s.backlog());
    }
  }

  @PermitAll
  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public Response json() {
    OpenStatistics.Snapshot snapshot = statistics.current();
    return cached(
        Response.ok(
            new Statistics(
                snapshot.computedAt().toString(),
                "/api/public/statistics/schema",
                snapshot.rows().stream().map(Row::of).toList())));
  }

  @PermitAll
  @GET
  @Path("/estadisticas.csv")
  @Produces("text/csv; charset=utf-8")
  public Response csv() {
    return cached(
        Response.ok(statistics.csv())
            .header("Content-Disposition", "attachment; filename=\"estadisticas-rppc.csv\""));
  }

  @PermitAll
  @GET
  @Path("/schema")
  @Produces(MediaType.APPLICATION_JSON)
  public Response schema() {
    try (InputStream in = OpenDataResource.class.getResourceAsStream(SCHEMA)) {
      return cached(Response.ok(in.readAllBytes()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Response cached(Response.ResponseBuilder response) {
    CacheControl cache = new CacheControl();
    cache.setMaxAge(600);
    return response.cacheControl(cache).build();
  }
}
