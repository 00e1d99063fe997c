/**
 * The REST application (context /api): activation, problem details, health. Resources stay thin.
 */
package mx.gob.qroo.rppc.web.shared.rest;
