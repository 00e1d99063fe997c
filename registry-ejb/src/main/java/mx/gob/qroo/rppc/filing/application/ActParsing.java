package mx.gob.qroo.rppc.filing.application;

import java.time.LocalDate;
import mx.gob.qroo.rppc.filing.application.ReceptionCommand.ActCommand;
import mx.gob.qroo.rppc.filing.application.ReceptionCommand.DeedCommand;
import mx.gob.qroo.rppc.filing.domain.Act;
import mx.gob.qroo.rppc.folio.domain.ActFacts;
import mx.gob.qroo.rppc.folio.domain.Deed;
import mx.gob.qroo.rppc.shared.domain.Violations;

/** Turns a captured act into its domain value, reporting each bad field under {@code act.*}. */
final class ActParsing {

  private ActParsing() {}

  static Act act(ActCommand captured, Violations violations) {
    if (captured == null) {
      return Act.none();
    }
    Deed deed = deed(captured.deed(), violations);
    LocalDate expiresOn =
        captured.expiresOn() == null
            ? null
            : violations.parse("act.expiresOn", captured.expiresOn(), ActParsing::date);
    if (captured.value() != null && captured.value().signum() < 0) {
      violations.add("act.value", "el valor del acto no puede ser negativo");
    }
    if (captured.amount() != null && captured.amount().signum() <= 0) {
      violations.add("act.amount", "el monto debe ser mayor que cero");
    }
    return new Act(
        new ActFacts(
            captured.value() != null && captured.value().signum() < 0 ? null : captured.value(),
            deed,
            captured.amount(),
            trim(captured.beneficiaryName()),
            trim(captured.beneficiaryId()),
            expiresOn,
            trim(captured.description())),
        captured.refersToEntry());
  }

  private static Deed deed(DeedCommand captured, Violations violations) {
    if (captured == null) {
      return null;
    }
    LocalDate date =
        captured.date() == null
            ? null
            : violations.parse("act.deed.date", captured.date(), ActParsing::date);
    return violations.parse(
        "act.deed", "deed", ignored -> new Deed(captured.number(), captured.notary(), date));
  }

  private static LocalDate date(String text) {
    try {
      return LocalDate.parse(text.trim());
    } catch (java.time.format.DateTimeParseException e) {
      throw new IllegalArgumentException("fecha inválida, use AAAA-MM-DD");
    }
  }

  private static String trim(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }
}
