/**
 * Certificados de libertad o existencia de gravámenes: what a folio's entries say at an instant, as
 * a signed PDF anyone can verify by its code.
 */
package mx.gob.qroo.rppc.certificate.domain;
