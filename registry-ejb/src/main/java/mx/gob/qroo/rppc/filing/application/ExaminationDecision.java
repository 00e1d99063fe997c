package mx.gob.qroo.rppc.filing.application;

/** The registrar's decision on a filing (calificación registral). */
public enum ExaminationDecision {
  INSCRIBE,
  SUSPEND,
  DENY
}
