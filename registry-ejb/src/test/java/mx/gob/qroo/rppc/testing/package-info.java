/**
 * Support for the test tiers: throw-away databases in the real PostGIS cluster, the INEGI layers
 * the repository carries, contract checks shared by unit tests, and the unit check that the
 * repository needs nothing beside it.
 */
package mx.gob.qroo.rppc.testing;
