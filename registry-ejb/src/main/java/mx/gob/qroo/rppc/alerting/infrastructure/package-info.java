/** Subscriptions and their outbox in schema {@code alerting}, and the SMTP transport. */
package mx.gob.qroo.rppc.alerting.infrastructure;
