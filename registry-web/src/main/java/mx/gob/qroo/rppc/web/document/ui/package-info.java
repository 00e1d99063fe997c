/** The back office's document viewer. */
package mx.gob.qroo.rppc.web.document.ui;
