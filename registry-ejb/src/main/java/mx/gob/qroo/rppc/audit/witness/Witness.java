package mx.gob.qroo.rppc.audit.witness;

import java.security.PrivateKey;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import mx.gob.qroo.rppc.audit.domain.Checkpoint;
import mx.gob.qroo.rppc.audit.domain.Cosignature;
import mx.gob.qroo.rppc.audit.domain.MerkleHash;
import mx.gob.qroo.rppc.audit.domain.MerkleVerification;
import mx.gob.qroo.rppc.audit.domain.NoteKey;
import mx.gob.qroo.rppc.audit.domain.SignedNote;

/**
 * The witness's rule, C2SP {@code tlog-witness} {@code add-checkpoint}: a checkpoint signed by a
 * known log, with a consistency proof from the size the witness last cosigned, is cosigned and
 * remembered; anything else is answered with the protocol's status and, when the log is known, kept
 * as evidence. Checking and remembering happen under one lock, so two requests can never roll the
 * remembered size back.
 */
public final class Witness {

  /** An answer: HTTP status, content type and body. */
  public record Answer(int status, String contentType, String body) {
    static Answer text(int status, String body) {
      return new Answer(status, "text/plain; charset=utf-8", body + "\n");
    }
  }

  private final NoteKey key;
  private final PrivateKey privateKey;
  private final Map<String, NoteKey> logs;
  private final WitnessState state;
  private final Clock clock;

  Witness(
      NoteKey key,
      PrivateKey privateKey,
      Map<String, NoteKey> logs,
      WitnessState state,
      Clock clock) {
    this.key = key;
    this.privateKey = privateKey;
    this.logs = Map.copyOf(logs);
    this.state = state;
    this.clock = clock;
  }

  public synchronized Answer addCheckpoint(String body) {
    Request request;
    try {
      request = Request.parse(body);
    } catch (IllegalArgumentException e) {
      return Answer.text(400, "solicitud mal formada: " + e.getMessage());
    }
    NoteKey log = logs.get(request.checkpoint().origin());
    if (log == null) {
      return Answer.text(404, "registro desconocido: " + request.checkpoint().origin());
    }
    try {
      SignedNote.open(request.note(), log);
    } catch (IllegalArgumentException e) {
      return Answer.text(403, "el punto de control no lleva una firma válida del registro");
    }
    Checkpoint submitted = request.checkpoint();
    if (request.oldSize() > submitted.treeSize()) {
      return Answer.text(400, "el tamaño anterior excede el del punto de control");
    }
    Optional<Checkpoint> latest = state.latest(submitted.origin());
    long known = latest.map(Checkpoint::treeSize).orElse(0L);
    if (request.oldSize() != known) {
      return refuse(
          new Answer(409, "text/x.tlog.size", known + "\n"),
          "tamaño anterior " + request.oldSize() + ", el último cofirmado es " + known,
          body);
    }
    byte[] knownRoot = latest.map(Checkpoint::rootHash).orElse(MerkleHash.empty());
    if (known == submitted.treeSize()) {
      if (!java.security.MessageDigest.isEqual(knownRoot, submitted.rootHash())) {
        return refuse(
            Answer.text(409, "misma cantidad de hojas con otra raíz: historia bifurcada"),
            "raíz distinta con el mismo tamaño",
            body);
      }
    } else if (!MerkleVerification.consistency(
        known, submitted.treeSize(), knownRoot, submitted.rootHash(), request.proof())) {
      return refuse(
          Answer.text(422, "la prueba de consistencia no se verifica: historia reescrita"),
          "prueba de consistencia inválida desde " + known,
          body);
    }
    state.store(submitted);
    return new Answer(
        200,
        "text/plain; charset=utf-8",
        Cosignature.line(submitted, key, privateKey, clock.instant().getEpochSecond()));
  }

  private Answer refuse(Answer answer, String reason, String body) {
    state.refused(clock.instant(), answer.status(), reason, body);
    return answer;
  }

  /** The body of an add-checkpoint request: old size, proof lines, blank line, signed note. */
  record Request(long oldSize, List<byte[]> proof, String note, Checkpoint checkpoint) {

    static Request parse(String body) {
      int blank = body.indexOf("\n\n");
      if (blank < 0) {
        throw new IllegalArgumentException("falta la línea vacía antes del punto de control");
      }
      String[] head = body.substring(0, blank).split("\n", -1);
      if (!head[0].matches("old (0|[1-9][0-9]{0,18})")) {
        throw new IllegalArgumentException("la primera línea es old <tamaño>");
      }
      if (head.length - 1 > 63) {
        throw new IllegalArgumentException("más de 63 líneas de prueba");
      }
      List<byte[]> proof = new ArrayList<>();
      for (int i = 1; i < head.length; i++) {
        byte[] hash = Base64.getDecoder().decode(head[i]);
        if (hash.length != MerkleHash.LENGTH) {
          throw new IllegalArgumentException("un hash de la prueba tiene 32 bytes");
        }
        proof.add(hash);
      }
      String note = body.substring(blank + 2);
      int signatures = note.lastIndexOf("\n\n");
      if (signatures < 0) {
        throw new IllegalArgumentException("el punto de control no está firmado");
      }
      long oldSize = Long.parseLong(head[0].substring(4));
      if (oldSize == 0 && !proof.isEmpty()) {
        throw new IllegalArgumentException("desde el tamaño 0 la prueba es vacía");
      }
      return new Request(oldSize, proof, note, Checkpoint.parse(note.substring(0, signatures + 1)));
    }
  }
}
