package mx.gob.qroo.rppc.audit.domain;

/** What a staff member did with a resource. */
public enum AccessAction {
  READ,
  CREATE,
  UPDATE,
  SEARCH,
  EXPORT
}
