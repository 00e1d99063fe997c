package mx.gob.qroo.rppc.party.application;

import java.math.BigDecimal;

/**
 * A holder as captured at the counter or sent by a client: a name, a CURP (natural person) or an
 * RFC (legal person), and the share held.
 */
public record HolderCommand(String name, String curp, String rfc, BigDecimal share) {}
