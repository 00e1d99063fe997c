package mx.gob.qroo.rppc.filing.application;

/** What the counter clerk captures at reception, as typed; validated by {@link FilingReception}. */
public record ReceptionCommand(
    String office, String procedureType, String applicantName, String applicantCurp) {}
