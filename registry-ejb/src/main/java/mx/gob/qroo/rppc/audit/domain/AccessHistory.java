package mx.gob.qroo.rppc.audit.domain;

import java.util.List;
import java.util.function.Consumer;

/** The access log as auditors search it. */
public interface AccessHistory {

  /** Matching events, newest first. */
  List<LoggedEvent> find(AccessLogQuery query, int offset, int limit);

  long count(AccessLogQuery query);

  /** Every matching event, oldest first, streamed (for exports). */
  void each(AccessLogQuery query, Consumer<LoggedEvent> sink);
}
