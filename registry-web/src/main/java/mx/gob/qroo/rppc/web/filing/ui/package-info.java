/**
 * Faces backing beans of filings: the citizen's tracking page and the back office's filing list.
 */
package mx.gob.qroo.rppc.web.filing.ui;
