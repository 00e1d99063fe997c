/**
 * The read side of the map: collections of features, their pages and queries, vector tiles and
 * their addresses, as OGC API Features and the map page serve them.
 */
package mx.gob.qroo.rppc.maps.domain;
