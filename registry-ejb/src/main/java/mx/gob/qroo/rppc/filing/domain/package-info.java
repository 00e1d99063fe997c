/**
 * Filings (solicitudes) from reception on: entry numbers, tracking codes, procedure types. Mapping
 * annotations only.
 */
package mx.gob.qroo.rppc.filing.domain;
