/** Faces backing beans of folios: a folio's entries in force and its full history. */
package mx.gob.qroo.rppc.web.folio.ui;
