package mx.gob.qroo.rppc.audit.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Optional;
import mx.gob.qroo.rppc.audit.domain.MerkleLog;

/**
 * What anyone may take from the log to keep the registry honest: the latest signed checkpoint and
 * the key that signs them. No event is ever public.
 */
@Stateless
@PermitAll
public class PublicAuditLog {

  @Inject MerkleLog log;
  @Inject LogSigningKey key;

  public Optional<String> latestCheckpoint() {
    return log.latestCheckpoint().map(MerkleLog.StoredCheckpoint::signedNote);
  }

  /** The C2SP verifier key string of the checkpoints' signer. */
  public String verifierKey() {
    return key.verifierKey();
  }
}
