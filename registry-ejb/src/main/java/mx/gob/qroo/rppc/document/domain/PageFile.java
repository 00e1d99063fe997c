package mx.gob.qroo.rppc.document.domain;

/**
 * A manifest line read from a batch: the page's file stored (hash, size, first bytes for its type),
 * or the reason it could not be taken.
 */
public record PageFile(
    int manifestLine,
    ManifestLine line,
    String sha256,
    long sizeBytes,
    byte[] head,
    String reason) {

  public static PageFile refused(int manifestLine, String reason) {
    return new PageFile(manifestLine, null, null, 0, null, reason);
  }

  public boolean taken() {
    return line != null;
  }
}
