package mx.gob.qroo.rppc.document.domain;

/** A line of a batch's manifest that did not become a readable page, and why. */
public record BatchFailure(int manifestLine, String fileName, Long documentId, String reason) {}
