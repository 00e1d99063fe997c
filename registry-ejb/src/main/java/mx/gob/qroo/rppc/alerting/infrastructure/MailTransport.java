package mx.gob.qroo.rppc.alerting.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import mx.gob.qroo.rppc.alerting.domain.AlertMail;

/**
 * Sends through WildFly's default mail session (its SMTP server is set up by ./registry: the tests'
 * GreenMail, or the registry's relay in production).
 */
@ApplicationScoped
public class MailTransport {

  private static final String SENDER_NAME = "Alerta Inmobiliaria · RPPC Quintana Roo";

  @Resource(lookup = "java:jboss/mail/Default")
  private Session session;

  public void send(AlertMail mail) throws MessagingException {
    MimeMessage message = new MimeMessage(session);
    String from = session.getProperty("mail.from");
    try {
      message.setFrom(new InternetAddress(from, SENDER_NAME, StandardCharsets.UTF_8.name()));
    } catch (UnsupportedEncodingException e) {
      throw new IllegalStateException(e);
    }
    message.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.to(), true));
    message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
    message.setText(mail.body(), StandardCharsets.UTF_8.name());
    message.setHeader("List-Unsubscribe", "<" + mail.unsubscribeUrl() + ">");
    message.setHeader("Auto-Submitted", "auto-generated");
    Transport.send(message);
  }
}
