package mx.gob.qroo.rppc.shared.application;

/**
 * Where people reach the registry (system property {@code rppc.public-url}, set by ./registry), for
 * the links the registry hands out: in e-mails, in certificates' QR codes.
 */
public final class PublicAddress {

  private PublicAddress() {}

  /** The address without a trailing slash: {@code https://rppc.qroo.gob.mx}. */
  public static String base() {
    String base = System.getProperty("rppc.public-url", "http://localhost:8080");
    return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
  }

  /** The address of a path of the registry ({@code /verificar/CLG-…}). */
  public static String of(String path) {
    return base() + path;
  }
}
