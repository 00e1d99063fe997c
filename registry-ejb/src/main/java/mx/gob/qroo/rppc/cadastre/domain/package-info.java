/**
 * Parcels (predios) and their cadastral keys, their lineage, the reference layers and the import of
 * spatial layers: records, enums and repository interfaces, no container code.
 */
package mx.gob.qroo.rppc.cadastre.domain;
