package mx.gob.qroo.rppc.shared.application;

/** What the health check learned of the database. */
public record DatabaseHealth(
    boolean up, String postgresVersion, String postgisVersion, String error) {}
