/**
 * The standalone verifier of the access log: a command-line interface over the audit domain's RFC
 * 9162 and C2SP code, packaged alone (JDK only) as registry-ejb's {@code verifier} jar.
 */
package mx.gob.qroo.rppc.audit.verifier;
