package mx.gob.qroo.rppc.alerting.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import mx.gob.qroo.rppc.alerting.domain.EmailAddress;
import mx.gob.qroo.rppc.alerting.domain.Subscription;
import mx.gob.qroo.rppc.alerting.domain.SubscriptionRequest;
import mx.gob.qroo.rppc.alerting.domain.Subscriptions;
import mx.gob.qroo.rppc.folio.domain.FolioNumber;
import mx.gob.qroo.rppc.folio.domain.FolioRepository;
import mx.gob.qroo.rppc.shared.application.PublicLookups;
import mx.gob.qroo.rppc.shared.domain.InvalidRequestException;
import mx.gob.qroo.rppc.shared.domain.RegistryTime;
import mx.gob.qroo.rppc.shared.domain.ResourceNotFoundException;
import mx.gob.qroo.rppc.shared.domain.Violation;

/**
 * Alerta Inmobiliaria for anyone: subscribe a folio with an e-mail address (a confirmation message
 * goes out; nothing is sent before it is confirmed), confirm, cancel. The token in the messages'
 * links is the only key: 256 random bits. A subscription tells whether a folio exists, so it and
 * every use of a token spend a lookup of the client's budget of public lookups.
 */
@Stateless
@PermitAll
public class PropertyAlerts {

  private static final SecureRandom RANDOM = new SecureRandom();

  @Inject Subscriptions subscriptions;
  @Inject FolioRepository folios;
  @Inject Clock clock;
  @Inject PublicLookups lookups;

  /**
   * Subscribes the folio, within the daily limits per address and per folio ({@link
   * SubscriptionRequest}); an unknown folio or a malformed address is refused with a violation of
   * field {@code folio} or {@code correo}.
   */
  public SubscriptionRequest subscribe(String folioNumber, String email) {
    lookups.spend();
    String folio = folioNumber == null ? "" : folioNumber.strip();
    String address;
    try {
      address = EmailAddress.parse(email);
    } catch (IllegalArgumentException e) {
      throw new InvalidRequestException(List.of(new Violation("correo", e.getMessage())));
    }
    FolioNumber number =
        existing(folio)
            .orElseThrow(
                () ->
                    new InvalidRequestException(
                        List.of(
                            new Violation(
                                "folio",
                                "no existe el folio '"
                                    + folio
                                    + "': escríbalo como aparece en su boleta"))));
    Instant now = clock.instant();
    Instant dayStart =
        RegistryTime.local(now).toLocalDate().atStartOfDay(RegistryTime.ZONE).toInstant();
    return subscriptions.request(number.toString(), address, newToken(), now, dayStart);
  }

  /** The folio in its canonical spelling, when it is well formed and exists. */
  private Optional<FolioNumber> existing(String folio) {
    try {
      return Optional.of(FolioNumber.parse(folio)).filter(folios::exists);
    } catch (IllegalArgumentException notAFolioNumber) {
      return Optional.empty();
    }
  }

  public Optional<Subscription> find(String token) {
    if (token == null || token.isBlank()) {
      return Optional.empty();
    }
    lookups.spend();
    return subscriptions.byToken(token);
  }

  public Subscription confirm(String token) {
    lookups.spend();
    return subscriptions
        .confirm(token, clock.instant())
        .orElseThrow(() -> new ResourceNotFoundException("el enlace no corresponde a una alerta"));
  }

  public Subscription cancel(String token) {
    lookups.spend();
    return subscriptions
        .cancel(token, clock.instant())
        .orElseThrow(() -> new ResourceNotFoundException("el enlace no corresponde a una alerta"));
  }

  private static String newToken() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
