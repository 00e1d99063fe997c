/**
 * Alerta Inmobiliaria: subscriptions of folios by e-mail (double opt-in) and the messages that tell
 * their owners of every new filing and entry on them.
 */
package mx.gob.qroo.rppc.alerting.domain;
