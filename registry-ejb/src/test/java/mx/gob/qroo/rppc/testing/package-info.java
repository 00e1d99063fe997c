/**
 * Support for the tests: throw-away databases in the real PostGIS cluster for the database tier,
 * and contract checks shared by unit tests.
 */
package mx.gob.qroo.rppc.testing;
