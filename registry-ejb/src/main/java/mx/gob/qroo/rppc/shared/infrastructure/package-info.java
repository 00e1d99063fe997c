/**
 * Infrastructure every context uses: database migrations, JDBC helpers, gapless counters, the
 * public map's own connection pool, catalogue caches, bounded copies of uploads.
 */
package mx.gob.qroo.rppc.shared.infrastructure;
