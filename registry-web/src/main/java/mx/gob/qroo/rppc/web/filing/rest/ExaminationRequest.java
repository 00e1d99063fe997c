package mx.gob.qroo.rppc.web.filing.rest;

/** Body of {@code POST /api/filings/{entryNumber}/examination}. */
public record ExaminationRequest(String decision, String grounds, Integer correctionTermDays) {}
