/**
 * Electronic folios and their signed, immutable entries; a folio's state derives from its entries.
 */
package mx.gob.qroo.rppc.folio.domain;
