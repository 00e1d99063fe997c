/** What the map's REST resources and page share: features written as GeoJSON. */
package mx.gob.qroo.rppc.web.maps;
