/** The access log's API: checkpoints and key for anyone, leaves and proofs for auditors. */
package mx.gob.qroo.rppc.web.audit.rest;
