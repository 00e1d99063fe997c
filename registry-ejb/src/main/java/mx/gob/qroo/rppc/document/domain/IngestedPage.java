package mx.gob.qroo.rppc.document.domain;

/**
 * What a batch made of one manifest line: a page of a record, with its file's content and what
 * extraction read from it; or, when the line could not be taken, only the reason.
 */
public record IngestedPage(
    int manifestLine,
    ManifestLine line,
    String sha256,
    long sizeBytes,
    String mediaType,
    DocumentStatus status,
    String reason,
    Integer pages,
    String text) {

  public static IngestedPage refused(int manifestLine, String reason) {
    return new IngestedPage(manifestLine, null, null, 0, null, null, reason, null, null);
  }

  public boolean taken() {
    return line != null;
  }
}
