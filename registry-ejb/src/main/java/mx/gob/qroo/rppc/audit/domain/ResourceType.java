package mx.gob.qroo.rppc.audit.domain;

/** Kinds of registry resources whose access is logged. */
public enum ResourceType {
  FILING,
  FOLIO,
  /**
   * An entry (asiento) of a folio, as {@code <folio>/<sequence>}: the event that seals it in the
   * log (migration V25) carries the hash of its canonical bytes.
   */
  ENTRY,
  CATALOGUE,
  /** A spatial layer import (spatial.layer_import). */
  LAYER,
  /** A version of a land-use plan (planning.land_use_plan). */
  PLAN,
  /** A cadastral parcel, by its cadastral key. */
  PARCEL,
  /** The access log itself: a leaf, a proof or a checkpoint (auditors' queries are logged too). */
  ACCESS_LOG,
  /** An alert of the anomaly rules (oversight.alert), and its review. */
  ALERT,
  /** An entry of the staff directory (shared.staff_member), by user name. */
  STAFF_MEMBER,
  /** A lien certificate (certificate.lien_certificate), by its verification code. */
  CERTIFICATE,
  /** An uploaded document (document.document), by its id. */
  DOCUMENT,
  /** A record of the paper books (document.legacy_record), by its id. */
  LEGACY_RECORD,
  /** A batch of scanned book pages (document.legacy_batch), by its id. */
  LEGACY_BATCH
}
