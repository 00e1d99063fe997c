/** REST resources of folios: open, state as of an instant, search. */
package mx.gob.qroo.rppc.web.folio.rest;
