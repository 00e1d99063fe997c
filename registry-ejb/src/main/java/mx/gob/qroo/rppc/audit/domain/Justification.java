package mx.gob.qroo.rppc.audit.domain;

import java.util.Arrays;
import java.util.stream.Collectors;
import mx.gob.qroo.rppc.shared.domain.EntryNumber;
import mx.gob.qroo.rppc.shared.domain.InvalidRequestException;

/**
 * Why a staff member accessed something: the filing the access serves (its entry number) or, where
 * no filing applies, one of the registry's reason codes. Stored with the access event.
 */
public final class Justification {

  /** Reasons for an access that no filing explains. */
  public enum Reason {
    ATENCION_AL_PUBLICO,
    ORDEN_JUDICIAL,
    AUDITORIA,
    CORRECCION_DE_DATOS,
    PLANEACION_TERRITORIAL,
    SOPORTE_TECNICO
  }

  private Justification() {}

  /**
   * Like {@link #canonical}, but null for a malformed one: for logs that must be written anyway.
   */
  public static String canonicalOrNone(String text) {
    try {
      return canonical(text);
    } catch (IllegalArgumentException malformed) {
      return null;
    }
  }

  /**
   * The canonical text of a justification: an entry number as the registry writes it, or a reason
   * code; null for none. Anything else is refused, saying what is accepted.
   */
  public static String canonical(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String trimmed = text.trim().toUpperCase();
    try {
      return Reason.valueOf(trimmed).name();
    } catch (IllegalArgumentException notAReason) {
      try {
        return EntryNumber.parse(trimmed).toString();
      } catch (IllegalArgumentException notAFiling) {
        throw InvalidRequestException.of(
            "X-Justification",
            "se espera el número de entrada de la solicitud que se atiende"
                + " (CUN-2026-000123) o un motivo: "
                + Arrays.stream(Reason.values()).map(Enum::name).collect(Collectors.joining(", ")));
      }
    }
  }
}
