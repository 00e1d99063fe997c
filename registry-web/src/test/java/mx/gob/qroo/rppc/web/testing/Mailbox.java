package mx.gob.qroo.rppc.web.testing;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The deployed tests' SMTP server (GreenMail, in the test JVM) on the port WildFly's mail session
 * points at ({@code REGISTRY_SMTP_PORT}, which ./registry exports), and waits for the messages the
 * registry sends (its sender runs every 10 seconds; messages wait in the outbox meanwhile).
 */
public final class Mailbox implements AutoCloseable {

  private final GreenMail server;

  private Mailbox(GreenMail server) {
    this.server = server;
  }

  public static Mailbox open() {
    String port = System.getProperty("registry.smtp.port", System.getenv("REGISTRY_SMTP_PORT"));
    GreenMail server =
        new GreenMail(
            new ServerSetup(
                Integer.parseInt(port == null || port.isBlank() ? "3025" : port),
                "127.0.0.1",
                ServerSetup.PROTOCOL_SMTP));
    server.start();
    return new Mailbox(server);
  }

  /** A received message, decoded. */
  public record Mail(String to, String subject, String body, String listUnsubscribe) {}

  /** The first message to {@code to} whose subject contains {@code subject}, within 75 s. */
  public Mail await(String to, String subject) {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(75));
    while (Instant.now().isBefore(deadline)) {
      Optional<Mail> found = find(to, subject);
      if (found.isPresent()) {
        return found.get();
      }
      try {
        Thread.sleep(500);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    throw new AssertionError("no llegó un correo a " + to + " con asunto '" + subject + "'");
  }

  /** Every message to {@code to} received so far. */
  public List<Mail> to(String to) {
    return Arrays.stream(server.getReceivedMessages())
        .map(Mailbox::read)
        .filter(m -> m.to().equalsIgnoreCase(to))
        .toList();
  }

  private Optional<Mail> find(String to, String subject) {
    return to(to).stream().filter(m -> m.subject().contains(subject)).findFirst();
  }

  private static Mail read(MimeMessage message) {
    try {
      Address[] recipients = message.getAllRecipients();
      return new Mail(
          recipients == null ? "" : recipients[0].toString(),
          message.getSubject(),
          String.valueOf(message.getContent()),
          message.getHeader("List-Unsubscribe", null));
    } catch (MessagingException | IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    server.stop();
  }
}
