/** What the browser archive's pages share. */
package mx.gob.qroo.rppc.web.shared.ui;
