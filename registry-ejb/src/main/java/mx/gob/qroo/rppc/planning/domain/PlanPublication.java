package mx.gob.qroo.rppc.planning.domain;

import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What the publisher of a plan version states about it: the plan's stable key (the same across
 * versions), its name and kind, the municipality (INEGI cvegeo), the validity (to is inclusive and
 * may be open) and the official publication it comes from.
 */
public record PlanPublication(
    String planKey,
    String name,
    PlanKind kind,
    String municipality,
    LocalDate validFrom,
    LocalDate validTo,
    String sourceDocument) {

  private static final Pattern KEY = Pattern.compile("[A-Z0-9][A-Z0-9-]{1,39}");
  private static final Pattern CVEGEO = Pattern.compile("[0-9]{5}");

  public PlanPublication {
    planKey = planKey == null ? "" : planKey.trim().toUpperCase(Locale.ROOT);
    if (!KEY.matcher(planKey).matches()) {
      throw new IllegalArgumentException(
          "la clave del plan lleva de 2 a 40 mayúsculas, dígitos o guiones (p. ej. PDU-CANCUN)");
    }
    name = required(name, "el nombre del plan", 300);
    if (kind == null) {
      throw new IllegalArgumentException("indique el tipo de plan: PDU o POEL");
    }
    if (municipality == null || !CVEGEO.matcher(municipality.trim()).matches()) {
      throw new IllegalArgumentException(
          "el municipio es su clave INEGI de 5 dígitos (p. ej. 23005)");
    }
    municipality = municipality.trim();
    if (validFrom == null) {
      throw new IllegalArgumentException("indique desde qué día rige la versión (validFrom)");
    }
    if (validTo != null && validTo.isBefore(validFrom)) {
      throw new IllegalArgumentException("la vigencia termina antes de empezar");
    }
    sourceDocument =
        required(sourceDocument, "la publicación oficial (p. ej. POE núm. y fecha)", 500);
  }

  private static String required(String value, String what, int max) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("falta " + what);
    }
    if (value.trim().length() > max) {
      throw new IllegalArgumentException(what + " admite " + max + " caracteres");
    }
    return value.trim();
  }
}
