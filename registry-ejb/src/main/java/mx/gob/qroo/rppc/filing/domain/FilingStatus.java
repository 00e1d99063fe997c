package mx.gob.qroo.rppc.filing.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a filing stands in its lifecycle, the legal moves from each status, and the citizen's
 * words.
 */
public enum FilingStatus {
  RECEIVED("Recibido"),
  ASSIGNED("Turnado a un registrador"),
  IN_EXAMINATION("En calificación"),
  SUSPENDED("Suspendido: requiere corrección"),
  INSCRIBED("Inscrito"),
  DENIED("Denegado"),
  WITHDRAWN("Desistido"),
  LAPSED("Caducado");

  private final String citizenLabel;

  FilingStatus(String citizenLabel) {
    this.citizenLabel = citizenLabel;
  }

  public String citizenLabel() {
    return citizenLabel;
  }

  /** Not yet resolved: it holds its place in the prelación of its folios. */
  public boolean isPending() {
    return this == RECEIVED || this == ASSIGNED || this == IN_EXAMINATION || this == SUSPENDED;
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
