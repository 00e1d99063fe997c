/**
 * Filing use cases (reception, staff queries, public status): transactions, roles and access
 * logging live here.
 */
package mx.gob.qroo.rppc.filing.application;
