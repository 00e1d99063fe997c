package mx.gob.qroo.rppc.filing.domain;

/** The registrar's decision on a filing (calificación registral). */
public enum ExaminationDecision {
  INSCRIBE,
  SUSPEND,
  DENY;

  public static ExaminationDecision parse(String text) {
    for (ExaminationDecision d : values()) {
      if (d.name().equalsIgnoreCase(text.trim())) {
        return d;
      }
    }
    throw new IllegalArgumentException("decisión desconocida; use INSCRIBE, SUSPEND o DENY");
  }
}
