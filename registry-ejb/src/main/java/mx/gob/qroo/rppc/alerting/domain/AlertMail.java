package mx.gob.qroo.rppc.alerting.domain;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import mx.gob.qroo.rppc.folio.domain.EntryKind;

/**
 * The words of each message, plain text in Spanish. A notice names the folio, what was filed or
 * entered and when, never who: no data of the applicant or of any other person. Every message
 * carries the link to cancel the alerts.
 *
 * @param unsubscribeUrl also for the {@code List-Unsubscribe} header
 */
public record AlertMail(String to, String subject, String body, String unsubscribeUrl) {

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern(
              "d 'de' MMMM 'de' yyyy 'a las' HH:mm 'h'", Locale.forLanguageTag("es-MX"))
          .withZone(ZoneId.of("America/Cancun"));

  /** The message's words; {@code base}: the registry's public address, no trailing slash. */
  public static AlertMail of(AlertMessage message, String base) {
    String confirm = base + "/alerta-inmobiliaria/confirmar.xhtml?t=" + message.token();
    String cancel = base + "/alerta-inmobiliaria/baja.xhtml?t=" + message.token();
    String folio = message.folioNumber();
    String subject;
    String text;
    switch (message.kind()) {
      case CONFIRMATION -> {
        subject = "Confirme su Alerta Inmobiliaria del folio " + folio;
        text =
            "Recibimos una solicitud para avisar a este correo de cada trámite que se presente"
                + " sobre el folio "
                + folio
                + " del Registro Público de la Propiedad y del Comercio de Quintana Roo.\n\n"
                + "Para activar la alerta, abra este enlace y confirme:\n"
                + confirm
                + "\n\nSi usted no la pidió, ignore este mensaje: sin confirmar no recibirá"
                + " avisos.\n";
      }
      case FILING -> {
        subject = "Alerta Inmobiliaria: se presentó un trámite sobre el folio " + folio;
        text =
            "El "
                + WHEN.format(message.occurredAt())
                + " (hora de Quintana Roo) se presentó en el Registro la solicitud con número de"
                + " entrada "
                + message.reference()
                + " sobre el folio "
                + folio
                + ".\n\nSi usted no la reconoce, acuda cuanto antes a la oficina del Registro con"
                + " su identificación y este número de entrada.\n";
      }
      case ENTRY -> {
        subject = "Alerta Inmobiliaria: se inscribió un asiento en el folio " + folio;
        text =
            "El "
                + WHEN.format(message.occurredAt())
                + " (hora de Quintana Roo) se firmó un asiento ("
                + entryKind(message.reference())
                + ") en el folio "
                + folio
                + ".\n\nSi usted no lo reconoce, acuda cuanto antes a la oficina del Registro con"
                + " su identificación.\n";
      }
      default -> throw new IllegalStateException("mensaje desconocido " + message.kind());
    }
    String body =
        text
            + "\n--\nRegistro Público de la Propiedad y del Comercio de Quintana Roo\n"
            + "Para dejar de recibir estos avisos: "
            + cancel
            + "\n";
    return new AlertMail(message.email(), subject, body, cancel);
  }

  /** The entry kind in words for the citizen (the code itself if unknown). */
  static String entryKind(String kind) {
    for (EntryKind known : EntryKind.values()) {
      if (known.name().equals(kind)) {
        return known.label().toLowerCase(Locale.forLanguageTag("es-MX"));
      }
    }
    return kind == null ? "asiento" : kind;
  }
}
