package mx.gob.qroo.rppc.audit.domain;

/** Which alerts an auditor wants: any field null means any. */
public record AlertQuery(AlertStatus status, AnomalyRule rule, String actor) {

  public static AlertQuery all() {
    return new AlertQuery(null, null, null);
  }
}
