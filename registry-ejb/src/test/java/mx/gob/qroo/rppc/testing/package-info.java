/** Support for the database test tier: throw-away databases in the real PostGIS cluster. */
package mx.gob.qroo.rppc.testing;
