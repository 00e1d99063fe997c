/**
 * The cadastre in PostGIS (schema {@code cadastre}): the publication of imported parcels and INEGI
 * boundaries, topology checks and lineage; {@code FolioLinkReadModel} is its one view into folios.
 */
package mx.gob.qroo.rppc.cadastre.infrastructure;
