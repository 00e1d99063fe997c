package mx.gob.qroo.rppc.filing.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import mx.gob.qroo.rppc.filing.domain.MonthlyStatistic;
import org.junit.jupiter.api.Test;

class OpenStatisticsTest {

  private final AtomicInteger computed = new AtomicInteger();

  private OpenStatistics at(Instant now) {
    OpenStatistics statistics = new OpenStatistics();
    statistics.clock = Clock.fixed(now, ZoneOffset.UTC);
    statistics.statistics =
        () -> {
          computed.incrementAndGet();
          return List.of(
              new MonthlyStatistic(
                  YearMonth.of(2026, 11),
                  "CUN",
                  "COMPRAVENTA",
                  "Compraventa, de inmueble",
                  3,
                  2,
                  7.5,
                  11.9,
                  0.5,
                  1),
              new MonthlyStatistic(
                  YearMonth.of(2026, 11),
                  "PDC",
                  "HIPOTECA",
                  "Hipoteca",
                  0,
                  0,
                  null,
                  null,
                  null,
                  0));
        };
    return statistics;
  }

  @Test
  void theCsvHasTheSchemasColumnsAndEmptyCellsWhereNothingWasResolved() {
    assertThat(at(Instant.parse("2026-11-23T12:00:00Z")).csv())
        .isEqualTo(
            "mes,oficina,tipo_tramite,tipo_tramite_nombre,recibidos,resueltos,"
                + "dias_habiles_mediana,dias_habiles_p90,proporcion_en_plazo,rezago\r\n"
                + "2026-11,CUN,COMPRAVENTA,\"Compraventa, de inmueble\",3,2,7.5,11.9,0.5000,1\r\n"
                + "2026-11,PDC,HIPOTECA,Hipoteca,0,0,,,,0\r\n");
  }

  @Test
  void theFiguresAreComputedAgainOnlyWhenTenMinutesOld() {
    OpenStatistics statistics = at(Instant.parse("2026-11-23T12:00:00Z"));
    statistics.current();
    statistics.current();
    assertThat(computed).hasValue(1);
    statistics.clock = Clock.fixed(Instant.parse("2026-11-23T12:10:01Z"), ZoneOffset.UTC);
    statistics.current();
    assertThat(computed).hasValue(2);
  }
}
