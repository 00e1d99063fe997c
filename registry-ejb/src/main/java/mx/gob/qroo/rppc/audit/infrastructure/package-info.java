/**
 * The access log in PostgreSQL (schemas {@code audit} and {@code oversight}): events, the Merkle
 * tree and its checkpoints, alerts; {@code AnomalyRuleReadModel} is the auditors' view across the
 * other contexts.
 */
package mx.gob.qroo.rppc.audit.infrastructure;
