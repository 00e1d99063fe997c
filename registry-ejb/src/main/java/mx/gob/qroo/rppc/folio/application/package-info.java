/** Folio use cases: opening folios, reading their state as of an instant, searching. */
package mx.gob.qroo.rppc.folio.application;
