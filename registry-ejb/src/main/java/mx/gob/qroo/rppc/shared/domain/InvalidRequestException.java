package mx.gob.qroo.rppc.shared.domain;

import java.util.List;
import java.util.stream.Collectors;

/** A request broke one or more input rules; nothing was stored. */
public class InvalidRequestException extends RuntimeException {

  private final transient List<Violation> violations;

  public InvalidRequestException(List<Violation> violations) {
    super(
        violations.stream()
            .map(v -> v.field() + ": " + v.message())
            .collect(Collectors.joining("; ")));
    this.violations = List.copyOf(violations);
  }

  public List<Violation> violations() {
    return violations;
  }
}
