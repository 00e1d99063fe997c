package mx.gob.qroo.rppc.audit.domain;

/** Append-only: events are added, never changed or removed. */
public interface AccessLog {

  void append(AccessEvent event);
}
