/** Alerta Inmobiliaria for anyone (subscribe, confirm, cancel) and the sender of its mail. */
package mx.gob.qroo.rppc.alerting.application;
