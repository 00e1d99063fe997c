package mx.gob.qroo.rppc.party.domain;

import java.util.regex.Pattern;

/**
 * Clave Única de Registro de Población of a natural person: 18 characters whose structure (name
 * initials, birth date, sex, state of birth, consonants, homonymy key) and final check digit are
 * validated as RENAPO defines them. Only valid CURPs exist: the constructor takes the canonical
 * form and {@link #of} what a person types.
 */
public record Curp(String value) {

  private static final Pattern STRUCTURE =
      Pattern.compile(
          "[A-Z][AEIOUX][A-Z]{2}\\d{2}(0[1-9]|1[0-2])(0[1-9]|[12]\\d|3[01])[HMX]"
              + "(AS|BC|BS|CC|CL|CM|CS|CH|DF|DG|GT|GR|HG|JC|MC|MN|MS|NT|NL|OC|PL|QT|QR|SP|SL|SR"
              + "|TC|TS|TL|VZ|YN|ZS|NE)[B-DF-HJ-NP-TV-Z]{3}[A-Z\\d]\\d");
  private static final String CHECK_DICTIONARY = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ";

  public Curp {
    if (value == null || value.length() != 18) {
      throw new IllegalArgumentException("la CURP tiene 18 caracteres");
    }
    if (!STRUCTURE.matcher(value).matches()) {
      throw new IllegalArgumentException("la CURP no tiene una estructura válida");
    }
    if (checkDigit(value.substring(0, 17)) != value.charAt(17) - '0') {
      throw new IllegalArgumentException("el dígito verificador de la CURP no corresponde");
    }
  }

  /** What a person types: any case, surrounding spaces ignored. */
  public static Curp of(String text) {
    return new Curp(text == null ? "" : text.trim().toUpperCase());
  }

  /** RENAPO's check digit over the first 17 characters. */
  static int checkDigit(String first17) {
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += CHECK_DICTIONARY.indexOf(first17.charAt(i)) * (18 - i);
    }
    return (10 - sum % 10) % 10;
  }

  @Override
  public String toString() {
    return value;
  }
}
