package mx.gob.qroo.rppc.shared.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class TrackingCodeTest {

  @Test
  void carriesAtLeastSixtyRandomBits() {
    assertThat(TrackingCode.entropyBits()).isGreaterThanOrEqualTo(60.0);
  }

  @Test
  void alphabetHasNoLookAlikeCharacters() {
    for (char lookAlike : "01OIL".toCharArray()) {
      assertThat(TrackingCode.ALPHABET).doesNotContain(String.valueOf(lookAlike));
    }
  }

  @Test
  void isWrittenInFourGroupsOfFour() {
    assertThat(TrackingCode.random().value()).matches("[2-9A-Z]{4}(-[2-9A-Z]{4}){3}");
  }

  @Test
  void parsesWhatPeopleTypeIntoTheCanonicalForm() {
    TrackingCode code = TrackingCode.random(new SplittableRandom(7));
    String typed = code.value().toLowerCase().replace("-", " ");
    assertThat(TrackingCode.parse(typed)).isEqualTo(code);
    assertThat(TrackingCode.parse(code.value().replace("-", ""))).isEqualTo(code);
  }

  @Test
  void refusesLookAlikesAndWrongLength() {
    assertThatThrownBy(() -> TrackingCode.parse("0KQ4-M9XH-2RPT-WBC3"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> TrackingCode.parse("7KQ4-M9XH-2RPT"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> TrackingCode.parse(null)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void usesEverySymbolOfTheAlphabet() {
    Set<Character> seen = new HashSet<>();
    SplittableRandom random = new SplittableRandom(42);
    for (int i = 0; i < 200; i++) {
      for (char c : TrackingCode.random(random).value().replace("-", "").toCharArray()) {
        seen.add(c);
      }
    }
    assertThat(seen).hasSize(TrackingCode.ALPHABET.length());
  }

  @Test
  void readsTabsNewlinesAndDashesAsSeparatorsButNoOtherCharacter() {
    TrackingCode code = TrackingCode.parse("7kq4\tm9xh\n2rpt-wbc3");
    assertThat(code.value()).isEqualTo("7KQ4-M9XH-2RPT-WBC3");
    // a no-break or em space is not a separator people type: the code is refused, not guessed
    assertThatThrownBy(() -> TrackingCode.parse("7KQ4\u2003M9XH-2RPT-WBC3"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void buildsOnlyFromTheCanonicalForm() {
    assertThat(new TrackingCode("7KQ4-M9XH-2RPT-WBC3").value()).isEqualTo("7KQ4-M9XH-2RPT-WBC3");
    for (String notCanonical :
        new String[] {
          "7kq4-m9xh-2rpt-wbc3",
          "7KQ4M9XH2RPTWBC3",
          "7KQ4-M9XH-2RPT-WBC",
          "7KQ4-M9XH-2RPT-WBC3-",
          "7KQ-4M9XH-2RPT-WBC3",
          "7KQ4 M9XH 2RPT WBC3",
          "0KQ4-M9XH-2RPT-WBC3",
          ""
        }) {
      assertThatThrownBy(() -> new TrackingCode(notCanonical))
          .as(notCanonical)
          .isInstanceOf(IllegalArgumentException.class);
    }
    assertThatThrownBy(() -> new TrackingCode(null)).isInstanceOf(IllegalArgumentException.class);
  }
}
