/**
 * Value objects every context shares: offices, entry numbers, tracking codes, registry time, input
 * violations. No container code here.
 */
package mx.gob.qroo.rppc.shared.domain;
