/**
 * The staff's advanced electronic signature (e.firma): who a signing certificate names, and why a
 * signature is refused.
 */
package mx.gob.qroo.rppc.signing.domain;
