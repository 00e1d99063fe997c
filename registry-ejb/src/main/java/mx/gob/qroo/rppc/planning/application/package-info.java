/** Publishing land-use plan versions and reading the zoning of parcels, with roles and audit. */
package mx.gob.qroo.rppc.planning.application;
