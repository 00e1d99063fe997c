/**
 * The map's SQL: a view across parcels, folios, filings, plans and zones, the one context allowed
 * to read all of them together (features, tiles, extents).
 */
package mx.gob.qroo.rppc.maps.infrastructure;
