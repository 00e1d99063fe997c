package mx.gob.qroo.rppc.alerting.application;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import java.time.Clock;
import java.util.logging.Level;
import java.util.logging.Logger;
import mx.gob.qroo.rppc.alerting.domain.AlertMail;
import mx.gob.qroo.rppc.alerting.domain.AlertMessage;
import mx.gob.qroo.rppc.alerting.domain.AlertOutbox;
import mx.gob.qroo.rppc.alerting.infrastructure.MailTransport;
import mx.gob.qroo.rppc.shared.application.PublicAddress;

/**
 * Every 10 seconds, sends what waits in the outbox (so a notice leaves within a minute of its
 * filing or entry), each message marked sent or its failure counted, in one transaction whose row
 * locks keep other nodes off the same messages. A message may go out twice if the commit fails
 * after the send: at least once, never lost.
 */
@Singleton
public class AlertSender {

  private static final Logger LOG = Logger.getLogger(AlertSender.class.getName());
  private static final int BATCH = 100;

  @Inject AlertOutbox outbox;
  @Inject MailTransport transport;
  @Inject Clock clock;

  @Schedule(hour = "*", minute = "*", second = "*/10", persistent = false)
  public void sendPending() {
    String publicUrl = PublicAddress.base();
    for (AlertMessage message : outbox.takePending(BATCH)) {
      try {
        transport.send(AlertMail.of(message, publicUrl));
        outbox.sent(message.id(), clock.instant());
      } catch (MessagingException | RuntimeException e) {
        outbox.failed(message.id(), String.valueOf(e.getMessage()));
        if (message.attempts() == 0) {
          LOG.log(
              Level.WARNING,
              "no se pudo enviar el aviso {0}: {1}",
              new Object[] {message.id(), e.getMessage()});
        }
      }
    }
  }
}
