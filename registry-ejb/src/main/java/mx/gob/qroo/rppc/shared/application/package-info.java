/** Cross-context application services: request origin, clock, system health. */
package mx.gob.qroo.rppc.shared.application;
