/** The anti-corruption access log (bitácora de accesos): what one access event records. */
package mx.gob.qroo.rppc.audit.domain;
