/**
 * The cadastre in PostGIS (schema {@code cadastre}) and the import of uploaded layers through GDAL,
 * confined to the accepted formats; {@code FolioLinkReadModel} is its one view into folios.
 */
package mx.gob.qroo.rppc.cadastre.infrastructure;
