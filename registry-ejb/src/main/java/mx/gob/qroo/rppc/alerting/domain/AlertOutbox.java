package mx.gob.qroo.rppc.alerting.domain;

import java.time.Instant;
import java.util.List;

/** The messages to send, taken by one sender at a time each (others skip them). */
public interface AlertOutbox {

  /** Up to {@code max} unsent messages, oldest first, locked for this transaction. */
  List<AlertMessage> takePending(int max);

  void sent(long id, Instant at);

  void failed(long id, String error);
}
