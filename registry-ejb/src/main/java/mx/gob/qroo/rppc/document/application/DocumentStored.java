package mx.gob.qroo.rppc.document.application;

/** Fired when an upload stores a document; its extraction starts once the upload commits. */
public record DocumentStored(String sha256) {}
