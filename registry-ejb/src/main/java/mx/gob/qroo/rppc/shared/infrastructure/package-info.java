/** Start-up infrastructure: database migrations. */
package mx.gob.qroo.rppc.shared.infrastructure;
