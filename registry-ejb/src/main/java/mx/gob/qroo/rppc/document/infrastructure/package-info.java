/**
 * The document store (content-addressed blobs on disk, rows in schema {@code document}), Tika and
 * OCR, the legacy inbox; {@code DocumentReadModel} is its one view into filings and folios.
 */
package mx.gob.qroo.rppc.document.infrastructure;
