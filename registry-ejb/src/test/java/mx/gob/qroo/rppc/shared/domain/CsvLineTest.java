package mx.gob.qroo.rppc.shared.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CsvLineTest {

  @Test
  void quotesOnlyFieldsThatNeedItAndDoublesTheirQuotes() {
    assertThat(CsvLine.of("a", null, "b,c", "dijo \"no\"", "dos\nlíneas", "Cancún"))
        .isEqualTo("a,,\"b,c\",\"dijo \"\"no\"\"\",\"dos\nlíneas\",Cancún\r\n");
  }
}
