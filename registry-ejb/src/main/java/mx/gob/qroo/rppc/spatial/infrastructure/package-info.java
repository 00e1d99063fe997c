/**
 * Uploaded layers read through GDAL, confined to the accepted formats, staged and checked in
 * PostGIS (schemas {@code gis_staging}, {@code spatial}) and handed to the context that publishes
 * them through a {@code StagedLayerTarget}.
 */
package mx.gob.qroo.rppc.spatial.infrastructure;
