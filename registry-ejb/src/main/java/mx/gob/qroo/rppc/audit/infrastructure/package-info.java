/** Persistence of the access log. */
package mx.gob.qroo.rppc.audit.infrastructure;
