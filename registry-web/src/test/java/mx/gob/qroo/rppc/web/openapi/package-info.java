/**
 * The OpenAPI document checked against the code (operations, security, who may call what), its
 * published access table, and the deployed API against it.
 */
package mx.gob.qroo.rppc.web.openapi;
