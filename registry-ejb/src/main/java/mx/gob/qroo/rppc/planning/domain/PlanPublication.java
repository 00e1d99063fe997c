package mx.gob.qroo.rppc.planning.domain;

import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Pattern;
import mx.gob.qroo.rppc.shared.domain.Violations;

/**
 * What the publisher of a plan version states about it: the plan's stable key (the same across
 * versions), its name and kind, the municipality (INEGI cvegeo), the validity (to is inclusive and
 * may be open) and the official publication it comes from. A bad value is refused naming its
 * request field.
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
    Violations violations = new Violations();
    planKey = planKey == null ? "" : planKey.trim().toUpperCase(Locale.ROOT);
    if (!KEY.matcher(planKey).matches()) {
      violations.add(
          "planKey",
          "la clave del plan lleva de 2 a 40 mayúsculas, dígitos o guiones (p. ej. PDU-CANCUN)");
    }
    name = required(violations, "name", name, "el nombre del plan", 300);
    if (kind == null) {
      violations.add("kind", "indique el tipo de plan: PDU o POEL");
    }
    if (municipality == null || !CVEGEO.matcher(municipality.trim()).matches()) {
      violations.add("municipality", "el municipio es su clave INEGI de 5 dígitos (p. ej. 23005)");
    } else {
      municipality = municipality.trim();
    }
    if (validFrom == null) {
      violations.add("validFrom", "indique desde qué día rige la versión (validFrom)");
    } else if (validTo != null && validTo.isBefore(validFrom)) {
      violations.add("validTo", "la vigencia termina antes de empezar");
    }
    sourceDocument =
        required(
            violations,
            "sourceDocument",
            sourceDocument,
            "la publicación oficial (p. ej. POE núm. y fecha)",
            500);
    violations.throwIfAny();
  }

  private static String required(
      Violations violations, String field, String value, String what, int max) {
    if (value == null || value.isBlank()) {
      violations.add(field, "falta " + what);
      return null;
    }
    if (value.trim().length() > max) {
      violations.add(field, what + " admite " + max + " caracteres");
      return null;
    }
    return value.trim();
  }
}
