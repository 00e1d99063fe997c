/** OGC API Features (JSON and HTML) and Mapbox vector tiles of the map's collections. */
package mx.gob.qroo.rppc.web.maps.rest;
