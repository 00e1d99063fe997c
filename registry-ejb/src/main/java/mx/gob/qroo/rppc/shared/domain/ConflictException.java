package mx.gob.qroo.rppc.shared.domain;

import java.util.List;

/**
 * The request is well formed but the registry's state forbids it now (an illegal status change,
 * prelación, a concurrent change). {@code kind} names the rule, for the problem type.
 */
public class ConflictException extends RuntimeException {

  private final String kind;
  private final transient List<String> earlierPending;

  public ConflictException(String kind, String message) {
    this(kind, message, List.of());
  }

  public ConflictException(String kind, String message, List<String> earlierPending) {
    super(message);
    this.kind = kind;
    this.earlierPending = List.copyOf(earlierPending);
  }

  public String kind() {
    return kind;
  }

  /** For a prelación refusal: entry numbers of the earlier filings still pending. */
  public List<String> earlierPending() {
    return earlierPending;
  }
}
