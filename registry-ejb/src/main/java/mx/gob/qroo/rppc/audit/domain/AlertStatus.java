package mx.gob.qroo.rppc.audit.domain;

/** Where an alert stands in the auditors' review. */
public enum AlertStatus {
  OPEN("Abierta"),
  /** The auditor found a legitimate reason and wrote it down. */
  EXPLAINED("Explicada"),
  /** Passed on for investigation (the comptroller's internal control body). */
  ESCALATED("Escalada");

  private final String label;

  AlertStatus(String label) {
    this.label = label;
  }

  /** The status named by its code; anything else is refused, saying what is accepted. */
  public static AlertStatus parse(String code) {
    for (AlertStatus status : values()) {
      if (status.name().equalsIgnoreCase(code.trim())) {
        return status;
      }
    }
    throw new IllegalArgumentException("se espera OPEN, EXPLAINED o ESCALATED");
  }

  public String label() {
    return label;
  }
}
