/** Staff API of the cadastre: imports of spatial layers, parcels and their changes. */
package mx.gob.qroo.rppc.web.cadastre.rest;
