package mx.gob.qroo.rppc.planning.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Which attributes of a zoning layer carry each norm of a zone. The defaults fit a Shapefile's
 * 10-character field names; a publisher may rename any of them with {@code norma:campo} pairs, e.g.
 * {@code densidad:dens_viv,cos:coef_os}. Uses and criteria are lists separated by {@code ;} or
 * {@code ,}.
 */
public record ZoneFieldMapping(Map<String, String> fields) {

  /** The norms a zone may carry, by the names a mapping uses for them. */
  public static final List<String> NORMS =
      List.of(
          "usos_perm",
          "usos_cond",
          "usos_proh",
          "densidad",
          "cos",
          "cus",
          "altura_max",
          "politica",
          "criterios");

  private static final Pattern FIELD = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

  public ZoneFieldMapping {
    fields = Map.copyOf(fields);
  }

  public static ZoneFieldMapping defaults() {
    Map<String, String> fields = new LinkedHashMap<>();
    NORMS.forEach(n -> fields.put(n, n));
    return new ZoneFieldMapping(fields);
  }

  /** The defaults with the given {@code norma:campo} pairs applied; null or blank: the defaults. */
  public static ZoneFieldMapping parse(String spec) {
    Map<String, String> fields = new LinkedHashMap<>(defaults().fields());
    if (spec == null || spec.isBlank()) {
      return new ZoneFieldMapping(fields);
    }
    for (String pair : spec.split(",")) {
      String[] parts = pair.split(":", -1);
      String norm = parts[0].trim().toLowerCase(Locale.ROOT);
      if (parts.length != 2 || !NORMS.contains(norm)) {
        throw new IllegalArgumentException(
            "'" + pair.trim() + "' no es norma:campo; normas: " + String.join(", ", NORMS));
      }
      String field = parts[1].trim().toLowerCase(Locale.ROOT);
      if (!FIELD.matcher(field).matches()) {
        throw new IllegalArgumentException(
            "'" + parts[1].trim() + "' no es un nombre de atributo válido (letras, dígitos y _)");
      }
      fields.put(norm, field);
    }
    return new ZoneFieldMapping(fields);
  }

  public String field(String norm) {
    String field = fields.get(norm);
    if (field == null) {
      throw new IllegalArgumentException("norma desconocida " + norm);
    }
    return field;
  }

  /**
   * The attributes a plan of this kind must have: a PDU's uses and intensities, a POEL's policy.
   */
  public List<String> requiredFor(PlanKind kind) {
    return kind == PlanKind.PDU
        ? List.of(field("usos_perm"), field("densidad"), field("cos"), field("cus"))
        : List.of(field("politica"));
  }
}
