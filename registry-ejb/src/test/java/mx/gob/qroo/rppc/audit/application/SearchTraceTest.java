package mx.gob.qroo.rppc.audit.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.List;
import java.util.stream.IntStream;
import mx.gob.qroo.rppc.shared.domain.Identified;
import mx.gob.qroo.rppc.shared.domain.SearchAnswer;
import org.junit.jupiter.api.Test;

class SearchTraceTest {

  record Hit(String id) implements Identified {
    @Override
    public String identifier() {
      return id;
    }
  }

  record Page(List<Hit> hits, long total) implements SearchAnswer {
    @Override
    public List<?> items() {
      return hits;
    }
  }

  @SuppressWarnings("unused")
  static List<Hit> search(String holder, String office, List<String> statuses, int limit) {
    return List.of();
  }

  private static Method search() throws NoSuchMethodException {
    return SearchTraceTest.class.getDeclaredMethod(
        "search", String.class, String.class, List.class, int.class);
  }

  @Test
  void namesTheCriteriaGivenAndWhatCameBack() throws Exception {
    String trace =
        SearchTrace.of(
            search().getParameters(),
            new Object[] {"GOMC850101MQRRRR09", null, List.of(), 20},
            List.of(new Hit("CUN-FR-000001"), new Hit("CUN-FR-000007")));
    assertThat(trace)
        .isEqualTo(
            "criterios: holder=GOMC850101MQRRRR09, limit=20; resultados (2): CUN-FR-000001,"
                + " CUN-FR-000007");
  }

  @Test
  void aPageListsItsItemsAndAHugeAnswerIsCountedPastTheLimit() throws Exception {
    List<Hit> many =
        IntStream.range(0, SearchTrace.MAX_LISTED + 3).mapToObj(i -> new Hit("F" + i)).toList();
    String trace =
        SearchTrace.of(
            search().getParameters(), new Object[] {null, "CUN", null, 1}, new Page(many, 9_999));
    assertThat(trace)
        .startsWith("criterios: office=CUN, limit=1; resultados (" + many.size() + "): F0, F1,")
        .endsWith("F" + (SearchTrace.MAX_LISTED - 1) + ", …")
        .doesNotContain("F" + SearchTrace.MAX_LISTED + ",");
  }
}
