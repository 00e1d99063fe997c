/**
 * Document use cases: uploads, reads, text extraction and the legacy books' batches and migration
 * to folios.
 */
package mx.gob.qroo.rppc.document.application;
