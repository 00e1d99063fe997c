package mx.gob.qroo.rppc.web.filing.rest;

/**
 * Body of assignment ({@code registrar}), withdrawal ({@code reason}) and correction ({@code
 * note}).
 */
public record ReasonRequest(String registrar, String reason, String note) {}
