package mx.gob.qroo.rppc.alerting.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class AlertMailTest {

  private static AlertMessage message(AlertMessage.Kind kind, String reference) {
    return new AlertMessage(
        7,
        kind,
        "CUN-FR-000161",
        "duena@ejemplo.mx",
        "tok_EN-123",
        reference,
        Instant.parse("2026-11-23T15:15:00Z"),
        0);
  }

  @Test
  void aConfirmationCarriesTheLinkToConfirmAndEveryMessageTheLinkToLeave() {
    AlertMail mail =
        AlertMail.of(message(AlertMessage.Kind.CONFIRMATION, null), "https://rppc.example");
    assertThat(mail.to()).isEqualTo("duena@ejemplo.mx");
    assertThat(mail.subject()).contains("CUN-FR-000161");
    assertThat(mail.body())
        .contains("https://rppc.example/alerta-inmobiliaria/confirmar.xhtml?t=tok_EN-123")
        .contains("https://rppc.example/alerta-inmobiliaria/baja.xhtml?t=tok_EN-123");
    assertThat(mail.unsubscribeUrl())
        .isEqualTo("https://rppc.example/alerta-inmobiliaria/baja.xhtml?t=tok_EN-123");
  }

  @Test
  void aNoticeSaysWhatAndWhenInQuintanaRooTime() {
    AlertMail filing =
        AlertMail.of(message(AlertMessage.Kind.FILING, "CUN-2026-000331"), "http://x");
    assertThat(filing.body())
        .contains("23 de noviembre de 2026 a las 10:15 h", "CUN-2026-000331", "CUN-FR-000161");
    AlertMail entry = AlertMail.of(message(AlertMessage.Kind.ENTRY, "MORTGAGE"), "http://x");
    assertThat(entry.subject()).contains("se inscribió un asiento");
    assertThat(entry.body()).contains("(hipoteca)");
  }

  @Test
  void addressesAreCheckedAndTheirDomainLowered() {
    assertThat(EmailAddress.parse("  Carla.G@Ejemplo.MX ")).isEqualTo("Carla.G@ejemplo.mx");
    assertThatThrownBy(() -> EmailAddress.parse("carla@ejemplo"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> EmailAddress.parse("a b@ejemplo.mx"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
