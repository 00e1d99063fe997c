package mx.gob.qroo.rppc.audit.application;

/** A result that names the resource it describes, for the access log. */
public interface AuditedResource {

  String auditResourceId();
}
