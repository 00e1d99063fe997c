package mx.gob.qroo.rppc.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import mx.gob.qroo.rppc.web.testing.Deployment;
import mx.gob.qroo.rppc.web.testing.Fixtures;
import mx.gob.qroo.rppc.web.testing.FromAddress;
import org.junit.jupiter.api.Test;

/**
 * Alerta Inmobiliaria's form used to mail someone else's address, or many addresses about one
 * folio, as often as anyone pressed the button. An address now gets one confirmation a day while it
 * is unconfirmed, and a folio a few requests a day; the answers never tell whether an address was
 * subscribed before. What is mailed is what waits in the outbox.
 */
class AlertConfirmationFloodAttackIT {

  private static final Map<String, String> FORM =
      Map.of("Content-Type", "application/x-www-form-urlencoded");

  private static String someone() {
    return "victima-" + System.nanoTime() + "@ejemplo.mx";
  }

  /** Where the form's answer sends the citizen: the page's state. */
  private static String subscribe(FromAddress client, String folio, String email) {
    FromAddress.Answer answer =
        client.send(
            "POST",
            "/alerta-inmobiliaria/accion/suscribir",
            FORM,
            ("folio=" + folio + "&correo=" + URLEncoder.encode(email, StandardCharsets.UTF_8))
                .getBytes(StandardCharsets.UTF_8));
    assertThat(answer.status()).isEqualTo(303);
    return answer.header("Location").replaceFirst("^/alerta-inmobiliaria/\\?", "");
  }

  private static long confirmations(String email) {
    return Deployment.count(
        "select count(*) from alerting.outbox o join alerting.subscription s"
            + " on s.id = o.subscription_id where s.email = ? and o.kind = 'CONFIRMATION'",
        email);
  }

  private static void confirm(FromAddress client, String email, String folio) {
    String token =
        Deployment.query(
                "select token from alerting.subscription where email = ? and folio_number = ?",
                email,
                folio)
            .get(0)
            .get(0);
    assertThat(
            client
                .send(
                    "POST",
                    "/alerta-inmobiliaria/accion/confirmar",
                    FORM,
                    ("t=" + token).getBytes(StandardCharsets.UTF_8))
                .status())
        .isEqualTo(303);
  }

  @Test
  void anAddressAskedForAgainTheSameDayGetsNoSecondMessageAndIsToldOneIsOnItsWay() {
    FromAddress client = FromAddress.fresh();
    String victim = someone();
    String folio = Fixtures.newPropertyFolio();
    String other = Fixtures.newPropertyFolio();

    assertThat(subscribe(client, folio, victim)).isEqualTo("estado=enviada");
    for (int i = 0; i < 5; i++) {
      assertThat(subscribe(client, folio, victim)).isEqualTo("estado=en-camino");
      assertThat(subscribe(client, other, victim.toUpperCase())).isEqualTo("estado=en-camino");
    }
    assertThat(confirmations(victim)).isEqualTo(1);
    assertThat(client.get("/alerta-inmobiliaria/?estado=en-camino").body())
        .contains("Ya le enviamos hoy un correo de confirmación a esa dirección")
        .doesNotContain(victim);

    // once confirmed, the owner may ask for another folio the same day
    confirm(client, victim, folio);
    assertThat(subscribe(client, other, victim)).isEqualTo("estado=enviada");
    assertThat(confirmations(victim)).isEqualTo(2);
  }

  @Test
  void theAnswersAreTheSameWhetherTheAddressWasSubscribedBeforeOrNot() {
    FromAddress client = FromAddress.fresh();
    String subscribed = someone();
    String folio = Fixtures.newPropertyFolio();
    subscribe(client, folio, subscribed);
    confirm(client, subscribed, folio);
    long before = confirmations(subscribed);

    String newcomer = someone();
    String newcomersFolio = Fixtures.newPropertyFolio();
    List<String> toSubscribed = new ArrayList<>();
    List<String> toNewcomer = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      toSubscribed.add(subscribe(client, folio, subscribed));
      toNewcomer.add(subscribe(client, newcomersFolio, newcomer));
    }
    assertThat(toSubscribed)
        .isEqualTo(toNewcomer)
        .containsExactly("estado=enviada", "estado=en-camino", "estado=en-camino");
    // and nothing is mailed to an address already subscribed
    assertThat(confirmations(subscribed)).isEqualTo(before);
  }

  @Test
  void aFolioGetsAFewRequestsADayFromAnyAddresses() {
    String folio = Fixtures.newPropertyFolio();
    List<String> answers = new ArrayList<>();
    List<String> victims = new ArrayList<>();
    for (int i = 0; i < 13; i++) {
      String victim = someone();
      victims.add(victim);
      answers.add(subscribe(FromAddress.fresh(), folio, victim));
    }
    assertThat(answers.subList(0, 10)).containsOnly("estado=enviada");
    assertThat(answers.subList(10, 13)).allMatch(a -> a.startsWith("error=limite-folio"));
    assertThat(victims.stream().mapToLong(AlertConfirmationFloodAttackIT::confirmations).sum())
        .isEqualTo(10);
    assertThat(FromAddress.fresh().get("/alerta-inmobiliaria/?error=limite-folio").body())
        .contains("Hoy ya se pidieron muchas alertas para este folio");
  }

  @Test
  void requestsSentAllAtOnceQueueOneConfirmation() throws Exception {
    String victim = someone();
    String folio = Fixtures.newPropertyFolio();
    ExecutorService senders = Executors.newFixedThreadPool(8);
    try {
      List<Future<String>> answers = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        FromAddress client = FromAddress.fresh();
        answers.add(senders.submit(() -> subscribe(client, folio, victim)));
      }
      List<String> states = new ArrayList<>();
      for (Future<String> answer : answers) {
        states.add(answer.get());
      }
      assertThat(states).containsOnlyOnce("estado=enviada");
      assertThat(confirmations(victim)).isEqualTo(1);
    } finally {
      senders.shutdownNow();
    }
  }
}
