package mx.gob.qroo.rppc.shared.application;

/**
 * What the health check learned of the database: that it answers, and with PostGIS. Anyone may ask,
 * so no version and no error text (both are in the server log for the operators).
 */
public record DatabaseHealth(boolean up, boolean postgis) {}
