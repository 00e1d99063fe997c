package mx.gob.qroo.rppc.audit.verifier;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import mx.gob.qroo.rppc.audit.domain.Checkpoint;
import mx.gob.qroo.rppc.audit.domain.LogProof;
import mx.gob.qroo.rppc.audit.domain.NoteKey;

/**
 * The verifier's check of one lien certificate, offline: its {@code .tlog-proof} shows, under a
 * checkpoint the registry signed and the witness cosigned, an event sealing a certificate whose
 * SHA-256 is the file's. Nothing of the registry's server is asked or trusted.
 *
 * <pre>
 * java -jar registry-ejb-verifier.jar --key LOG_KEY|@file --witness WITNESS_KEY|@file \
 *     --certificate FILE.pdf --proof FILE.tlog-proof
 * </pre>
 */
final class CertificateProofCheck {

  /** The resource type of the events that seal certificates. */
  static final String CERTIFICATE = "CERTIFICATE";

  private CertificateProofCheck() {}

  static int run(NoteKey log, NoteKey witness, Path pdf, Path proofFile, PrintStream out)
      throws IOException {
    String sha256 = sha256(Files.readAllBytes(pdf));
    LogProof proof = LogProof.parse(Files.readString(proofFile, StandardCharsets.UTF_8));
    Checkpoint checkpoint;
    try {
      checkpoint = proof.verify(log, witness);
    } catch (IllegalArgumentException e) {
      out.println("NO VERIFICADO: " + e.getMessage());
      return 1;
    }
    if (!proof.sealsRecord(CERTIFICATE, sha256)) {
      out.println(
          "NO VERIFICADO: la prueba es de la bitácora, pero no sella un certificado con la huella"
              + " SHA-256 de este archivo ("
              + sha256
              + "): el archivo no es el que el Registro emitió");
      return 1;
    }
    out.printf(
        "VERIFICADO: el certificado (SHA-256 %s) está sellado en la hoja %d de la bitácora, bajo"
            + " el punto de control de %d hojas que firma %s y cofirma %s%n",
        sha256, proof.index(), checkpoint.treeSize(), log.name(), witness.name());
    return 0;
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
