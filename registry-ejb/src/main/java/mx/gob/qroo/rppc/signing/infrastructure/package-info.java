/**
 * The configured trust in certification authorities (SAT's in production, the DEMO CA here) and the
 * revocation check, by the JDK's PKIX validator with OCSP or CRLs.
 */
package mx.gob.qroo.rppc.signing.infrastructure;
