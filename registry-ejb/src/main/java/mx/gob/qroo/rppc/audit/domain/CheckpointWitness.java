package mx.gob.qroo.rppc.audit.domain;

import java.util.List;
import java.util.Optional;

/** The independent witness that cosigns the log's checkpoints. */
public interface CheckpointWitness {

  /** The witness's cosigning key; empty when the installation has no witness. */
  Optional<NoteKey> key();

  /**
   * Submits a signed checkpoint with the consistency proof from {@code oldSize}, the size of the
   * latest checkpoint the witness is believed to have cosigned.
   */
  WitnessAnswer addCheckpoint(long oldSize, List<byte[]> consistencyProof, String signedNote);
}
