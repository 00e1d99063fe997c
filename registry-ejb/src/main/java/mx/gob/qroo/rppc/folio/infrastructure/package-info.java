/** JPA and SQL implementations of the folio repositories. */
package mx.gob.qroo.rppc.folio.infrastructure;
