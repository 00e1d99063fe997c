package mx.gob.qroo.rppc.document.domain;

/** Where a document's extraction stands. */
public enum DocumentStatus {
  PROCESSING,
  PROCESSED,
  FAILED
}
