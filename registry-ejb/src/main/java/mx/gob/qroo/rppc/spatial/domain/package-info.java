/**
 * Importing a spatial layer: the request (file, layer, field mapping, CRS), the formats accepted
 * and the report of what was read, checked and published; no container code.
 */
package mx.gob.qroo.rppc.spatial.domain;
