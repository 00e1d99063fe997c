/** Staff API of the cadastre: imports of spatial layers. */
package mx.gob.qroo.rppc.web.cadastre.rest;
