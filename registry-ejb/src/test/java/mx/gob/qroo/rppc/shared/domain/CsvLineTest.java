package mx.gob.qroo.rppc.shared.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CsvLineTest {

  @Test
  void quotesOnlyFieldsThatNeedItAndDoublesTheirQuotes() {
    assertThat(CsvLine.of("a", null, "b,c", "dijo \"no\"", "dos\nlíneas", "Cancún"))
        .isEqualTo("a,,\"b,c\",\"dijo \"\"no\"\"\",\"dos\nlíneas\",Cancún\r\n");
  }

  @Test
  void aFieldThatStartsLikeAFormulaIsShownAsText() {
    assertThat(
            CsvLine.of(
                "=HYPERLINK(\"http://x\")",
                "+1",
                "-2+3",
                "@SUM(A1)",
                "\tcmd",
                "\r=1",
                "a=b",
                "1-2"))
        .isEqualTo(
            "\"'=HYPERLINK(\"\"http://x\"\")\",'+1,'-2+3,'@SUM(A1),'\tcmd,\"'\r=1\",a=b,1-2\r\n");
  }
}
