package mx.gob.qroo.rppc.web.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI document describes exactly the operations the code serves: an endpoint added without
 * its entry, or an entry left behind by a removed one, fails the build, named.
 */
class OpenApiDriftTest {

  private final Set<Operation> inCode = CodeOperations.all();
  private final List<DocumentedOperations.Documented> documented = DocumentedOperations.all();
  private final Set<Operation> inDocument =
      documented.stream()
          .map(DocumentedOperations.Documented::operation)
          .collect(Collectors.toCollection(TreeSet::new));

  @Test
  void everyOperationOfTheCodeIsInTheDocument() {
    Set<Operation> missing = new TreeSet<>(inCode);
    missing.removeAll(inDocument);
    assertThat(missing)
        .as("operations the code serves that openapi.yaml does not describe")
        .isEmpty();
  }

  @Test
  void everyOperationOfTheDocumentIsInTheCode() {
    Set<Operation> stale = new TreeSet<>(inDocument);
    stale.removeAll(inCode);
    assertThat(stale)
        .as("operations openapi.yaml describes that the code does not serve")
        .isEmpty();
  }

  @Test
  void everyOperationDeclaresItsSecurity() {
    assertThat(
            documented.stream()
                .filter(d -> !d.details().containsKey("security"))
                .map(d -> d.operation().toString())
                .toList())
        .as("operations of openapi.yaml without `security` ([] when anonymous)")
        .isEmpty();
  }

  @Test
  void theCodeIsReadWholeByReflection() {
    // a scan that found nothing would make the comparison above meaningless
    assertThat(inCode)
        .contains(
            new Operation("GET", "/health"),
            new Operation("POST", "/filings/{entryNumber}/examination"),
            new Operation("GET", "/tiles/{layer}/{z}/{x}/{y}.mvt"),
            new Operation("GET", "/openapi.json"))
        .doesNotContain(new Operation("GET", "/mapa/datos"));
  }
}
