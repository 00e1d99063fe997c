package mx.gob.qroo.rppc.audit.domain;

import java.time.Instant;

/** One step of an alert's review: the status an auditor gave it, and why. */
public record AlertReview(
    int position, AlertStatus status, String auditor, Instant reviewedAt, String note) {}
