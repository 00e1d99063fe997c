/** JPA and SQL implementations of the filing repositories. */
package mx.gob.qroo.rppc.filing.infrastructure;
