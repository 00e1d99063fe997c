package mx.gob.qroo.rppc.web.filing;

import static mx.gob.qroo.rppc.web.testing.Deployment.as;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;
import mx.gob.qroo.rppc.web.testing.Deployment;
import mx.gob.qroo.rppc.web.testing.Fixtures;
import org.junit.jupiter.api.Test;

/** Entry numbers stay gapless and unique when clerks at eight counters receive at once. */
class ConcurrentReceptionIT {

  private static final String IN_COZUMEL =
      """
      {"office":"COZ","procedureType":"CERTIFICADO_LIBERTAD_GRAVAMEN",
       "applicant":{"name":"Jorge Pérez Hernández","curp":"PEHJ900215HQRRRN00"},
       "folios":["%s"]}"""
          .formatted(Fixtures.newPropertyFolio("COZ", "23001"));

  @Test
  void eightConcurrentCountersGetConsecutiveEntryNumbers() throws Exception {
    Deployment.token("capturista1");
    ExecutorService counters = Executors.newFixedThreadPool(8);
    List<Callable<List<Long>>> work = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      work.add(
          () -> {
            List<Long> mine = new ArrayList<>();
            for (int j = 0; j < 6; j++) {
              String number =
                  as("capturista1")
                      .body(IN_COZUMEL)
                      .post("/api/filings")
                      .then()
                      .statusCode(201)
                      .extract()
                      .path("entryNumber");
              mine.add(Long.parseLong(number.substring(number.lastIndexOf('-') + 1)));
            }
            return mine;
          });
    }
    List<Long> numbers = new ArrayList<>();
    for (Future<List<Long>> f : counters.invokeAll(work)) {
      numbers.addAll(f.get());
    }
    counters.shutdown();

    long first = numbers.stream().mapToLong(Long::longValue).min().orElseThrow();
    assertThat(numbers)
        .hasSize(48)
        .doesNotHaveDuplicates()
        .containsExactlyInAnyOrderElementsOf(LongStream.range(first, first + 48).boxed().toList());
  }
}
