package mx.gob.qroo.rppc.web.shared.rest;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import mx.gob.qroo.rppc.shared.domain.Role;

/**
 * Who may call an operation of the API, as its {@code x-rppc-access} in the OpenAPI document says:
 * anyone ({@code anonymous}), or the realm roles listed, each with whether its answer may carry
 * personal data ({@code personalData}). {@code roles} keeps the order of {@link Role#ALL}.
 */
public record EndpointAccess(boolean anonymous, Map<String, Boolean> roles) {

  public static final String EXTENSION = "x-rppc-access";
  public static final String EXCEPTIONS = "x-rppc-access-exceptions";

  public EndpointAccess {
    roles = Collections.unmodifiableMap(new LinkedHashMap<>(roles));
  }

  /**
   * Access that some values of path parameters give instead of the operation's own, such as the
   * {@code parcels} layer of the public map operations.
   */
  public record ParameterAccess(Map<String, String> pathParameters, EndpointAccess access) {}

  public boolean allows(String role) {
    return anonymous || roles.containsKey(role);
  }

  /** Whether the answer to this role may carry personal data (never for anonymous access). */
  public boolean personalDataFor(String role) {
    return !anonymous && Boolean.TRUE.equals(roles.get(role));
  }

  /** The roles allowed whose answers carry no personal data (redacted), in {@code roles} order. */
  public List<String> redactedRoles() {
    return roles.entrySet().stream().filter(e -> !e.getValue()).map(Map.Entry::getKey).toList();
  }

  /** The operation's {@code x-rppc-access}; an operation without one, or a malformed one, fails. */
  public static EndpointAccess of(Map<?, ?> operation) {
    return read(operation.get(EXTENSION), EXTENSION);
  }

  /** The operation's {@code x-rppc-access-exceptions}, none when absent. */
  public static List<ParameterAccess> exceptionsOf(Map<?, ?> operation) {
    Object value = operation.get(EXCEPTIONS);
    if (value == null) {
      return List.of();
    }
    if (!(value instanceof List<?> list) || list.isEmpty()) {
      throw invalid(EXCEPTIONS, "debe ser una lista no vacía");
    }
    List<ParameterAccess> exceptions = new ArrayList<>();
    for (Object item : list) {
      if (!(item instanceof Map<?, ?> entry)
          || !(entry.get("pathParameters") instanceof Map<?, ?> parameters)
          || parameters.isEmpty()) {
        throw invalid(EXCEPTIONS, "cada excepción nombra sus pathParameters y su access");
      }
      Map<String, String> values = new LinkedHashMap<>();
      parameters.forEach((name, v) -> values.put(String.valueOf(name), String.valueOf(v)));
      exceptions.add(
          new ParameterAccess(values, read(entry.get("access"), EXCEPTIONS + ".access")));
    }
    return List.copyOf(exceptions);
  }

  private static EndpointAccess read(Object value, String where) {
    if ("anonymous".equals(value)) {
      return new EndpointAccess(true, Map.of());
    }
    if (!(value instanceof List<?> list) || list.isEmpty()) {
      throw invalid(where, "debe ser anonymous o una lista de {role, personalData}");
    }
    Map<String, Boolean> given = new LinkedHashMap<>();
    for (Object item : list) {
      if (!(item instanceof Map<?, ?> entry)
          || !(entry.get("role") instanceof String role)
          || !(entry.get("personalData") instanceof Boolean personalData)
          || entry.size() != 2) {
        throw invalid(where, "cada elemento es {role: <rol>, personalData: true|false}: " + item);
      }
      if (!Role.ALL.contains(role)) {
        throw invalid(where, "rol desconocido '" + role + "'; roles: " + Role.ALL);
      }
      if (given.put(role, personalData) != null) {
        throw invalid(where, "el rol " + role + " aparece dos veces");
      }
    }
    Map<String, Boolean> ordered = new LinkedHashMap<>();
    Role.ALL.stream().filter(given::containsKey).forEach(r -> ordered.put(r, given.get(r)));
    return new EndpointAccess(false, ordered);
  }

  private static IllegalArgumentException invalid(String where, String why) {
    return new IllegalArgumentException(where + ": " + why);
  }
}
