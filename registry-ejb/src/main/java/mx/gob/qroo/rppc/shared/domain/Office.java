package mx.gob.qroo.rppc.shared.domain;

import java.util.Arrays;
import java.util.stream.Collectors;

/** A delegación of the registry; its code prefixes every entry number it issues. */
public enum Office {
  CHE("Chetumal"),
  CUN("Cancún"),
  PDC("Playa del Carmen"),
  COZ("Cozumel");

  private final String displayName;

  Office(String displayName) {
    this.displayName = displayName;
  }

  public String displayName() {
    return displayName;
  }

  public static Office fromCode(String code) {
    if (code == null || code.isBlank()) {
      throw new IllegalArgumentException("es obligatoria");
    }
    return Arrays.stream(values())
        .filter(o -> o.name().equals(code.trim().toUpperCase()))
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "oficina desconocida '" + code + "'; válidas: " + codes()));
  }

  private static String codes() {
    return Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", "));
  }
}
