package mx.gob.qroo.rppc.filing.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CatalogueReadinessTest {

  @Test
  void everythingLoadedWarnsOfNothing() {
    assertThat(
            CatalogueReadiness.warnings(
                LocalDate.of(2026, 12, 4), Set.of(2025, 2026, 2027), Set.of(2025, 2026)))
        .isEmpty();
  }

  @Test
  void nextYearsHolidaysAreAskedForNinetyDaysAheadNotBefore() {
    Set<Integer> onlyThisYear = Set.of(2026);
    Set<Integer> uma = Set.of(2026);
    assertThat(CatalogueReadiness.warnings(LocalDate.of(2026, 10, 2), onlyThisYear, uma))
        .as("91 days before")
        .isEmpty();
    assertThat(CatalogueReadiness.warnings(LocalDate.of(2026, 10, 3), onlyThisYear, uma))
        .singleElement()
        .asString()
        .contains("días inhábiles de 2027", "faltan 90 días");
  }

  @Test
  void aMissingYearOfHolidaysOrUmaInForceIsSaidWithWhatIsAssumedInstead() {
    assertThat(CatalogueReadiness.warnings(LocalDate.of(2027, 3, 1), Set.of(2026), Set.of(2026)))
        .containsExactly(
            "Faltan los días inhábiles de 2027: los plazos de este año se cuentan de lunes a"
                + " viernes y cada acuse lo advierte.",
            "Falta la UMA de 2027: los derechos se calculan con la de 2026 y cada acuse lo"
                + " advierte.");
    // in January the UMA in force is still last year's
    assertThat(CatalogueReadiness.warnings(LocalDate.of(2027, 1, 20), Set.of(2027), Set.of(2026)))
        .isEmpty();
  }
}
