package mx.gob.qroo.rppc.shared.domain;

/** One thing wrong with a request: the field (as the client named it) and why, in Spanish. */
public record Violation(String field, String message) {}
