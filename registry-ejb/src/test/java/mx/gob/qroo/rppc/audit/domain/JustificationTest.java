package mx.gob.qroo.rppc.audit.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class JustificationTest {

  @Test
  void aFilingOrAReasonCodeIsKeptInItsCanonicalForm() {
    assertThat(Justification.canonical(" cun-2026-000123 ")).isEqualTo("CUN-2026-000123");
    assertThat(Justification.canonical("auditoria")).isEqualTo("AUDITORIA");
    assertThat(Justification.canonical("  ")).isNull();
    assertThat(Justification.canonical(null)).isNull();
  }

  @Test
  void anythingElseIsRefusedSayingWhatIsAccepted() {
    assertThatThrownBy(() -> Justification.canonical("porque sí"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("X-Justification")
        .hasMessageContaining("ORDEN_JUDICIAL");
    assertThat(Justification.canonicalOrNone("porque sí")).isNull();
  }
}
