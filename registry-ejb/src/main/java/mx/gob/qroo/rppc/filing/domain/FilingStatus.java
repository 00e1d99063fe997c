package mx.gob.qroo.rppc.filing.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a filing stands in its lifecycle, the legal moves from each status, and the citizen's
 * words.
 */
public enum FilingStatus {
  RECEIVED(
      "Recibido",
      "Recibimos su solicitud; su número de entrada le da su lugar en el orden de llegada."),
  ASSIGNED("Turnado a un registrador", "Su solicitud pasó a un registrador para su revisión."),
  IN_EXAMINATION("En calificación", "Un registrador revisa su solicitud y sus documentos."),
  SUSPENDED(
      "Suspendido: requiere corrección",
      "La revisión se detuvo porque falta algo que usted debe corregir o entregar."),
  INSCRIBED("Inscrito", "Su trámite quedó inscrito en el Registro."),
  DENIED("Denegado", "El registrador negó la inscripción."),
  WITHDRAWN("Desistido", "El trámite se retiró a petición de quien lo presentó."),
  LAPSED("Caducado", "El trámite caducó porque el requisito no se cumplió dentro del plazo.");

  private final String citizenLabel;
  private final String citizenStep;

  FilingStatus(String citizenLabel, String citizenStep) {
    this.citizenLabel = citizenLabel;
    this.citizenStep = citizenStep;
  }

  /** The status in a few plain words, for the citizen. */
  public String citizenLabel() {
    return citizenLabel;
  }

  /** What reaching this status means, in one plain sentence, for the citizen's timeline. */
  public String citizenStep() {
    return citizenStep;
  }

  /** Not yet resolved: it holds its place in the prelación of its folios. */
  public boolean isPending() {
    return this == RECEIVED || this == ASSIGNED || this == IN_EXAMINATION || this == SUSPENDED;
  }

  /**
   * The registrar decided it (inscribed or denied): what resolving within the legal term means. A
   * withdrawn or lapsed filing ended without a resolution.
   */
  public boolean isResolution() {
    return this == INSCRIBED || this == DENIED;
  }

  public boolean canMoveTo(FilingStatus next) {
    return successors().contains(next);
  }

  private Set<FilingStatus> successors() {
    return switch (this) {
      case RECEIVED -> EnumSet.of(ASSIGNED, WITHDRAWN);
      case ASSIGNED -> EnumSet.of(ASSIGNED, IN_EXAMINATION, WITHDRAWN);
      case IN_EXAMINATION -> EnumSet.of(INSCRIBED, SUSPENDED, DENIED, WITHDRAWN);
      case SUSPENDED -> EnumSet.of(IN_EXAMINATION, LAPSED, WITHDRAWN);
      case INSCRIBED, DENIED, WITHDRAWN, LAPSED -> EnumSet.noneOf(FilingStatus.class);
    };
  }
}
