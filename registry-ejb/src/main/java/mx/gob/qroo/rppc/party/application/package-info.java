/** Capturing parties: holders as clients and clerks send them, checked into domain values. */
package mx.gob.qroo.rppc.party.application;
