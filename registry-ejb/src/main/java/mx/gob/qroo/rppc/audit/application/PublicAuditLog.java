package mx.gob.qroo.rppc.audit.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Optional;
import mx.gob.qroo.rppc.audit.domain.CheckpointWitness;
import mx.gob.qroo.rppc.audit.domain.MerkleLog;

/**
 * What anyone may take from the log to keep the registry honest: the latest checkpoint, cosigned by
 * the witness, and the key that signs them. No event is ever public.
 */
@Stateless
@PermitAll
public class PublicAuditLog {

  @Inject MerkleLog log;
  @Inject LogSigningKey key;
  @Inject CheckpointWitness witness;

  /**
   * The latest checkpoint the witness cosigned, with both signatures; the latest signed one only
   * while the installation has no witness or the witness has cosigned none yet. A log the witness
   * refuses therefore stops advancing here.
   */
  public Optional<String> latestCheckpoint() {
    Optional<String> cosigned =
        witness.key().flatMap(witnessKey -> log.latestCosignedNote(witnessKey.name()));
    return cosigned.isPresent()
        ? cosigned
        : log.latestCheckpoint().map(MerkleLog.StoredCheckpoint::signedNote);
  }

  /** The C2SP verifier key string of the checkpoints' signer. */
  public String verifierKey() {
    return key.verifierKey();
  }
}
