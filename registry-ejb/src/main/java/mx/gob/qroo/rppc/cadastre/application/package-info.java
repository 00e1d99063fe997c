/** Cadastre use cases: layer imports, parcel maintenance and histories, topology review. */
package mx.gob.qroo.rppc.cadastre.application;
