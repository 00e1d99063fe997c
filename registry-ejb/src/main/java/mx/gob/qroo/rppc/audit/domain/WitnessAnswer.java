package mx.gob.qroo.rppc.audit.domain;

/** What the witness answered to a checkpoint (C2SP {@code tlog-witness} add-checkpoint). */
public sealed interface WitnessAnswer {

  /** Cosigned: the witness's signature line, to append to the checkpoint's note. */
  record Cosigned(String line) implements WitnessAnswer {}

  /** 409 with the size of the latest checkpoint the witness cosigned of this log. */
  record KnowsSize(long size) implements WitnessAnswer {}

  /** Refused, with the HTTP status and what the witness said. */
  record Refused(int status, String reason) implements WitnessAnswer {}

  /** No answer (down, slow, unreachable). */
  record Unreachable(String reason) implements WitnessAnswer {}
}
