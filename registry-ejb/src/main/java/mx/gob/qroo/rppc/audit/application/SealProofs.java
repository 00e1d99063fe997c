package mx.gob.qroo.rppc.audit.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import mx.gob.qroo.rppc.audit.domain.Checkpoint;
import mx.gob.qroo.rppc.audit.domain.CheckpointWitness;
import mx.gob.qroo.rppc.audit.domain.LogProof;
import mx.gob.qroo.rppc.audit.domain.MerkleLog;
import mx.gob.qroo.rppc.audit.domain.MerkleProofs;
import mx.gob.qroo.rppc.audit.domain.MerkleRange;
import mx.gob.qroo.rppc.audit.domain.NoteKey;

/**
 * The offline proof (C2SP tlog-proof) that a record the registry issued was sealed in the log: its
 * seal event, under the latest checkpoint the witness cosigned. A record whose seal no cosigned
 * checkpoint covers yet (a minute or so after it was written) has none yet; nor has any record of
 * an installation without a witness, since a proof only the registry signed proves little.
 */
@ApplicationScoped
public class SealProofs {

  @Inject MerkleLog log;
  @Inject CheckpointWitness witness;

  public Optional<LogProof> of(String resourceType, String resourceId) {
    Optional<NoteKey> witnessKey = witness.key();
    Optional<MerkleLog.Leaf> leaf = log.sealLeaf(resourceType, resourceId);
    if (witnessKey.isEmpty() || leaf.isEmpty()) {
      return Optional.empty();
    }
    Optional<String> note = log.latestCosignedNote(witnessKey.get().name());
    if (note.isEmpty()) {
      return Optional.empty();
    }
    String text = note.get();
    long size = Checkpoint.parse(text.substring(0, text.indexOf("\n\n") + 1)).treeSize();
    long index = leaf.get().index();
    if (index >= size) {
      return Optional.empty();
    }
    List<MerkleRange> ranges = MerkleProofs.inclusion(index, size);
    List<byte[]> path = MerkleProofs.hashes(ranges, log.hashes(MerkleProofs.subtreesOf(ranges)));
    return Optional.of(new LogProof(leaf.get().event().canonicalBytes(), index, path, text));
  }
}
