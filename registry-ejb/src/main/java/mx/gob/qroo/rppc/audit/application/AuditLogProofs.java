package mx.gob.qroo.rppc.audit.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import mx.gob.qroo.rppc.audit.domain.AccessAction;
import mx.gob.qroo.rppc.audit.domain.LoggedEvent;
import mx.gob.qroo.rppc.audit.domain.MerkleLog;
import mx.gob.qroo.rppc.audit.domain.MerkleProofs;
import mx.gob.qroo.rppc.audit.domain.MerkleRange;
import mx.gob.qroo.rppc.audit.domain.ResourceType;
import mx.gob.qroo.rppc.audit.domain.Subtree;
import mx.gob.qroo.rppc.shared.domain.InvalidRequestException;
import mx.gob.qroo.rppc.shared.domain.ResourceNotFoundException;
import mx.gob.qroo.rppc.shared.domain.Role;

/**
 * What auditors ask the log for, so that they can check it with their own RFC 9162 code: a leaf
 * with its canonical bytes, inclusion and consistency proofs, a checkpoint signed now. Each query
 * is itself an access event.
 */
@Stateless
@RolesAllowed(Role.AUDITOR)
public class AuditLogProofs {

  /** A leaf: the event, its canonical bytes and the leaf hash, both in base64. */
  public record LeafView(long index, LoggedEvent event, String canonicalBytes, String leafHash)
      implements AuditedResource {
    @Override
    public String auditResourceId() {
      return "hoja " + index;
    }
  }

  /** A proof: the hashes in base64, in the order of RFC 9162. */
  public record Proof(String kind, long first, long second, List<String> hashes)
      implements AuditedResource {
    @Override
    public String auditResourceId() {
      return kind + " " + first + ".." + second;
    }
  }

  @Inject MerkleLog log;
  @Inject LogWriter writer;

  @Audited(action = AccessAction.READ, resource = ResourceType.ACCESS_LOG)
  public LeafView leaf(long index) {
    MerkleLog.Leaf leaf =
        log.leaf(index)
            .orElseThrow(
                () -> new ResourceNotFoundException("la bitácora no tiene la hoja " + index));
    Base64.Encoder b64 = Base64.getEncoder();
    return new LeafView(
        index,
        leaf.event(),
        b64.encodeToString(leaf.event().canonicalBytes()),
        b64.encodeToString(leaf.storedHash()));
  }

  @Audited(action = AccessAction.READ, resource = ResourceType.ACCESS_LOG)
  public Proof inclusion(long index, long treeSize) {
    if (index < 0 || index >= treeSize) {
      throw InvalidRequestException.of(
          "index", "la hoja " + index + " no está en un árbol de " + treeSize + " hojas");
    }
    return new Proof(
        "inclusion", index, treeSize, hashesOf(treeSize, MerkleProofs.inclusion(index, treeSize)));
  }

  @Audited(action = AccessAction.READ, resource = ResourceType.ACCESS_LOG)
  public Proof consistency(long from, long to) {
    if (from < 0 || from > to) {
      throw InvalidRequestException.of("from", "se pide from ≤ to, ambos dentro del árbol");
    }
    return new Proof("consistency", from, to, hashesOf(to, MerkleProofs.consistency(from, to)));
  }

  /** Appends what is pending and signs a checkpoint now; returns its signed note. */
  @Audited(action = AccessAction.CREATE, resource = ResourceType.ACCESS_LOG)
  public String checkpointNow() {
    return writer
        .appendAndSign(true)
        .map(MerkleLog.StoredCheckpoint::signedNote)
        .orElseThrow(() -> new IllegalStateException("la bitácora está vacía"));
  }

  private void requireWithinTree(long treeSize) {
    long size = log.size();
    if (treeSize < 1 || treeSize > size) {
      throw InvalidRequestException.of(
          "treeSize", "treeSize va de 1 al tamaño actual del árbol (" + size + ")");
    }
  }

  /**
   * The proof's hashes, in one query; only when one is missing does the tree's size get looked up,
   * to say that the asked size is beyond it.
   */
  private List<String> hashesOf(long treeSize, List<MerkleRange> ranges) {
    Set<Subtree> needed = MerkleProofs.subtreesOf(ranges);
    Map<Subtree, byte[]> hashes = log.hashes(needed);
    if (needed.isEmpty() || hashes.size() != needed.size()) {
      requireWithinTree(treeSize);
      if (!needed.isEmpty()) {
        throw new IllegalStateException("faltan hashes de la bitácora en un árbol de " + treeSize);
      }
    }
    Base64.Encoder b64 = Base64.getEncoder();
    return MerkleProofs.hashes(ranges, hashes).stream().map(b64::encodeToString).toList();
  }
}
