/**
 * Support for the deployed test tier: where the running application is, real tokens, its database.
 */
package mx.gob.qroo.rppc.web.testing;
