package mx.gob.qroo.rppc.planning.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** What a plan publication states and how a zoning layer's norms are mapped. */
class PlanDomainTest {

  private static final LocalDate FROM = LocalDate.parse("2014-10-14");

  @Test
  void aPublicationNeedsItsKeyKindMunicipalityValidityAndSource() {
    PlanPublication ok =
        new PlanPublication(" pdu-cancun ", " PDU ", PlanKind.PDU, "23005", FROM, null, "POE 1");
    assertThat(ok.planKey()).isEqualTo("PDU-CANCUN");
    assertThatThrownBy(
            () -> new PlanPublication("P", "x", PlanKind.PDU, "23005", FROM, null, "POE"))
        .hasMessageContaining("clave del plan");
    assertThatThrownBy(() -> new PlanPublication("PDU-X", "x", null, "23005", FROM, null, "POE"))
        .hasMessageContaining("PDU o POEL");
    assertThatThrownBy(
            () -> new PlanPublication("PDU-X", "x", PlanKind.PDU, "2305", FROM, null, "POE"))
        .hasMessageContaining("5 dígitos");
    assertThatThrownBy(
            () ->
                new PlanPublication(
                    "PDU-X", "x", PlanKind.PDU, "23005", FROM, FROM.minusDays(1), "POE"))
        .hasMessageContaining("termina antes");
    assertThatThrownBy(
            () -> new PlanPublication("PDU-X", "x", PlanKind.PDU, "23005", FROM, null, " "))
        .hasMessageContaining("publicación oficial");
  }

  @Test
  void aVersionIsInForceFromItsFirstToItsLastDayInclusive() {
    LandUsePlan plan =
        new LandUsePlan(
            1,
            "PDU-X",
            1,
            "x",
            PlanKind.PDU,
            "23005",
            FROM,
            LocalDate.parse("2024-05-31"),
            "POE",
            1,
            Instant.EPOCH,
            "planeador1",
            3);
    assertThat(plan.inForceOn(FROM.minusDays(1))).isFalse();
    assertThat(plan.inForceOn(FROM)).isTrue();
    assertThat(plan.inForceOn(LocalDate.parse("2024-05-31"))).isTrue();
    assertThat(plan.inForceOn(LocalDate.parse("2024-06-01"))).isFalse();
  }

  @Test
  void normsMapToTheShapefileDefaultsOrToTheFieldsGiven() {
    ZoneFieldMapping mapping = ZoneFieldMapping.parse("densidad:DENS_VIV, cos:coef_os");
    assertThat(mapping.field("densidad")).isEqualTo("dens_viv");
    assertThat(mapping.field("cos")).isEqualTo("coef_os");
    assertThat(mapping.field("cus")).isEqualTo("cus");
    assertThat(mapping.requiredFor(PlanKind.PDU))
        .containsExactly("usos_perm", "dens_viv", "coef_os", "cus");
    assertThat(ZoneFieldMapping.defaults().requiredFor(PlanKind.POEL)).containsExactly("politica");
    assertThatThrownBy(() -> ZoneFieldMapping.parse("altura:alt")).hasMessageContaining("normas");
    assertThatThrownBy(() -> ZoneFieldMapping.parse("cos:1x; drop"))
        .hasMessageContaining("atributo");
  }
}
