package mx.gob.qroo.rppc.shared.domain;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A request broke one or more input rules, each naming its field; nothing was stored. It is the
 * typed form of an illegal argument: the API answers it with a 400 listing the fields, while a bare
 * IllegalArgumentException that escapes is a server fault (500).
 */
public class InvalidRequestException extends IllegalArgumentException {

  private final transient List<Violation> violations;

  public InvalidRequestException(List<Violation> violations) {
    super(
        violations.stream()
            .map(v -> v.field() + ": " + v.message())
            .collect(Collectors.joining("; ")));
    this.violations = List.copyOf(violations);
  }

  /** One field refused. */
  public static InvalidRequestException of(String field, String message) {
    return new InvalidRequestException(List.of(new Violation(field, message)));
  }

  public List<Violation> violations() {
    return violations;
  }
}
