package mx.gob.qroo.rppc.audit.application;

/** A result that names the resource it describes, for the access log. */
public interface AuditedResource {

  String auditResourceId();

  /** How the access ended; a replayed reception, for one, is not a second creation. */
  default String auditOutcome() {
    return "SUCCESS";
  }

  /** What the log must keep about the access besides the resource (an auditor's note); or null. */
  default String auditDetail() {
    return null;
  }
}
