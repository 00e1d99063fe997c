package mx.gob.qroo.rppc.filing.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import mx.gob.qroo.rppc.filing.application.ReceptionCommand.ActCommand;
import mx.gob.qroo.rppc.filing.application.ReceptionCommand.DeedCommand;
import mx.gob.qroo.rppc.filing.application.ReceptionCommand.HolderCommand;
import mx.gob.qroo.rppc.filing.domain.Act;
import mx.gob.qroo.rppc.folio.domain.Deed;
import mx.gob.qroo.rppc.party.domain.Curp;
import mx.gob.qroo.rppc.party.domain.Holder;
import mx.gob.qroo.rppc.party.domain.Rfc;
import mx.gob.qroo.rppc.shared.domain.Violations;

/** Turns captured act data into domain values, reporting each bad field under {@code act.*}. */
public final class HolderParsing {

  private HolderParsing() {}

  public static List<Holder> holders(
      List<HolderCommand> captured, String field, Violations violations) {
    List<Holder> holders = new ArrayList<>();
    for (int i = 0; i < captured.size(); i++) {
      HolderCommand h = captured.get(i);
      String at = field + "[" + i + "]";
      Holder holder =
          violations.parse(
              at,
              h == null ? null : "holder",
              ignored -> {
                BigDecimal share = h.share() == null ? null : h.share();
                if (share == null) {
                  throw new IllegalArgumentException("falta la participación (share)");
                }
                if (h.curp() != null && !h.curp().isBlank()) {
                  return Holder.naturalPerson(h.name(), Curp.of(h.curp()), share);
                }
                if (h.rfc() != null && !h.rfc().isBlank()) {
                  return Holder.legalPerson(h.name(), Rfc.of(h.rfc()), share);
                }
                throw new IllegalArgumentException(
                    "un titular necesita CURP (persona física) o RFC (persona moral)");
              });
      if (holder != null) {
        holders.add(holder);
      }
    }
    return holders;
  }

  static Act act(ActCommand captured, Violations violations) {
    if (captured == null) {
      return Act.none();
    }
    Deed deed = deed(captured.deed(), violations);
    LocalDate expiresOn =
        captured.expiresOn() == null
            ? null
            : violations.parse("act.expiresOn", captured.expiresOn(), HolderParsing::date);
    if (captured.value() != null && captured.value().signum() < 0) {
      violations.add("act.value", "el valor del acto no puede ser negativo");
    }
    if (captured.amount() != null && captured.amount().signum() <= 0) {
      violations.add("act.amount", "el monto debe ser mayor que cero");
    }
    return new Act(
        captured.value() != null && captured.value().signum() < 0 ? null : captured.value(),
        deed,
        captured.amount(),
        trim(captured.beneficiaryName()),
        trim(captured.beneficiaryId()),
        expiresOn,
        captured.refersToEntry(),
        trim(captured.description()));
  }

  private static Deed deed(DeedCommand captured, Violations violations) {
    if (captured == null) {
      return null;
    }
    LocalDate date =
        captured.date() == null
            ? null
            : violations.parse("act.deed.date", captured.date(), HolderParsing::date);
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
