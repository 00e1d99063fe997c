package mx.gob.qroo.rppc.audit.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import mx.gob.qroo.rppc.audit.domain.LoggedEvent;
import org.junit.jupiter.api.Test;

class AccessLogCsvTest {

  @Test
  void aRowQuotesWhatNeedsItDoublesQuotesAndLeavesAbsentValuesEmpty() {
    LoggedEvent event =
        new LoggedEvent(
            7,
            Instant.parse("2026-11-23T06:30:00.5Z"),
            "capturista1",
            "capturista",
            "10.0.0.7",
            "UPDATE",
            "ALERT",
            "12",
            null,
            "SUCCESS",
            "req-7",
            "EXPLAINED: dijo \"urgente\", con\nsalto",
            "sub-1",
            null);

    assertThat(AccessLogSearch.row(event))
        .isEqualTo(
            "7,2026-11-23T06:30:00.500Z,capturista1,sub-1,capturista,10.0.0.7,UPDATE,ALERT,12,,"
                + "SUCCESS,req-7,\"EXPLAINED: dijo \"\"urgente\"\", con\nsalto\"\r\n");
    assertThat(AccessLogSearch.CSV_HEADER.split(",")).hasSize(13);
  }
}
