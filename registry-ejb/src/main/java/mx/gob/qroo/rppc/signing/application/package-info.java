/**
 * Checks a registrar's e.firma signature before what it signs is committed: the bytes, the
 * certificate's validity, key usage, chain and revocation at that instant, and that the certificate
 * is the staff member's own.
 */
package mx.gob.qroo.rppc.signing.application;
