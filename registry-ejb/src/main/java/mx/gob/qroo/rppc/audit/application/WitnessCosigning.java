package mx.gob.qroo.rppc.audit.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.logging.Logger;
import mx.gob.qroo.rppc.audit.domain.CheckpointWitness;
import mx.gob.qroo.rppc.audit.domain.MerkleLog;
import mx.gob.qroo.rppc.audit.domain.MerkleProofs;
import mx.gob.qroo.rppc.audit.domain.NoteKey;
import mx.gob.qroo.rppc.audit.domain.WitnessAnswer;

/**
 * Has the log's latest checkpoint cosigned by the witness, proving that it extends the last one the
 * witness cosigned. A witness that knows a larger tree than this log holds (an older database
 * restored), or whose check of the proof fails (a rewritten history), refuses; the refusal is
 * stored in the log for the auditors' page and the verifier, and never retried into a pass.
 */
@ApplicationScoped
public class WitnessCosigning {

  private static final Logger LOG = Logger.getLogger(WitnessCosigning.class.getName());

  @Inject CheckpointWitness witness;
  @Inject MerkleLog log;
  @Inject Clock clock;

  protected WitnessCosigning() {}

  /** Outside the container (database tests). */
  public WitnessCosigning(CheckpointWitness witness, MerkleLog log, Clock clock) {
    this.witness = witness;
    this.log = log;
    this.clock = clock;
  }

  /** Asks for a cosignature of {@code checkpoint} unless the witness has cosigned it already. */
  public void cosign(MerkleLog.StoredCheckpoint checkpoint) {
    NoteKey key = witness.key().orElse(null);
    if (key == null) {
      return;
    }
    long cosigned = log.cosignedSize(key.name());
    if (cosigned >= checkpoint.treeSize()) {
      return;
    }
    WitnessAnswer answer = submit(cosigned, checkpoint);
    if (answer instanceof WitnessAnswer.KnowsSize known) {
      // the witness saw a checkpoint this log did not record as cosigned (an answer lost on the
      // way back): prove from there, if this log is at least that large
      answer =
          known.size() <= checkpoint.treeSize()
              ? submit(known.size(), checkpoint)
              : new WitnessAnswer.Refused(
                  409,
                  "el testigo ya cofirmó "
                      + known.size()
                      + " hojas y esta bitácora tiene "
                      + checkpoint.treeSize()
                      + ": ¿se restauró una copia anterior de la base de datos?");
    }
    if (answer instanceof WitnessAnswer.Cosigned c) {
      log.store(
          new MerkleLog.StoredCosignature(
              checkpoint.treeSize(), key.name(), c.line(), clock.instant()));
    } else if (answer instanceof WitnessAnswer.KnowsSize k) {
      refused(checkpoint, key, 409, "el testigo conoce otro tamaño: " + k.size());
    } else if (answer instanceof WitnessAnswer.Refused r) {
      refused(checkpoint, key, r.status(), r.reason());
    } else if (answer instanceof WitnessAnswer.Unreachable u) {
      refused(checkpoint, key, 0, u.reason());
    }
  }

  private WitnessAnswer submit(long oldSize, MerkleLog.StoredCheckpoint checkpoint) {
    var ranges = MerkleProofs.consistency(oldSize, checkpoint.treeSize());
    List<byte[]> proof = MerkleProofs.hashes(ranges, log.hashes(MerkleProofs.subtreesOf(ranges)));
    return witness.addCheckpoint(oldSize, proof, checkpoint.signedNote());
  }

  private void refused(MerkleLog.StoredCheckpoint checkpoint, NoteKey key, int status, String why) {
    LOG.warning("witness " + key.name() + " did not cosign " + checkpoint.treeSize() + ": " + why);
    log.store(
        new MerkleLog.WitnessRefusal(
            checkpoint.treeSize(), key.name(), status, why, clock.instant()));
  }
}
