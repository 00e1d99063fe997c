package mx.gob.qroo.rppc.document.domain;

/** A document found: where it belongs, and a snippet with the matches between « and ». */
public record DocumentHit(
    long documentId,
    String filingEntryNumber,
    String office,
    String procedureType,
    String fileName,
    String mediaType,
    String snippet,
    double rank) {}
