/** Capture of staff accesses around application services, in the caller's transaction. */
package mx.gob.qroo.rppc.audit.application;
