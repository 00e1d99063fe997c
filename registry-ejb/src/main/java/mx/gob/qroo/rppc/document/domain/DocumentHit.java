package mx.gob.qroo.rppc.document.domain;

import mx.gob.qroo.rppc.shared.domain.Identified;

/** A document found: where it belongs, and a snippet with the matches between « and ». */
public record DocumentHit(
    long documentId,
    String filingEntryNumber,
    String office,
    String procedureType,
    String fileName,
    String mediaType,
    String snippet,
    double rank)
    implements Identified {
  @Override
  public String identifier() {
    return Long.toString(documentId);
  }
}
