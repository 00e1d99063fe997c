/** Plans, zones and the parcel-zone overlay in PostGIS (schema {@code planning}). */
package mx.gob.qroo.rppc.planning.infrastructure;
