/** The Alerta Inmobiliaria pages: subscribe a folio, confirm, cancel. */
package mx.gob.qroo.rppc.web.alerting.ui;
