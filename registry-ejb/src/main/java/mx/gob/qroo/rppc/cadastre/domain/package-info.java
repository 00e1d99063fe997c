/**
 * Parcels (predios) and their cadastral keys, their lineage and the reference layers: records,
 * enums and repository interfaces, no container code.
 */
package mx.gob.qroo.rppc.cadastre.domain;
