package mx.gob.qroo.rppc.audit.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import mx.gob.qroo.rppc.audit.domain.CheckpointWitness;
import mx.gob.qroo.rppc.audit.domain.Cosignature;
import mx.gob.qroo.rppc.audit.domain.NoteKey;
import mx.gob.qroo.rppc.audit.domain.WitnessAnswer;

/**
 * The witness over HTTP, configured by {@code rppc.witness.url} (its submission prefix) and {@code
 * rppc.witness.vkey} (its cosigning key, C2SP verifier-key form). A cosignature that does not
 * verify with that key is a refusal, not a cosignature.
 */
@ApplicationScoped
public class HttpCheckpointWitness implements CheckpointWitness {

  private static final Logger LOG = Logger.getLogger(HttpCheckpointWitness.class.getName());
  private static final Duration TIMEOUT = Duration.ofSeconds(5);

  private URI addCheckpoint;
  private NoteKey key;
  private HttpClient http;

  @PostConstruct
  void load() {
    String url = System.getProperty("rppc.witness.url");
    String vkey = System.getProperty("rppc.witness.vkey");
    if (url == null || url.isBlank() || vkey == null || vkey.isBlank()) {
      LOG.warning(
          "no witness configured (rppc.witness.url, rppc.witness.vkey): checkpoints go uncosigned");
      return;
    }
    configure(URI.create(url), NoteKey.parse(vkey));
  }

  /** No witness, until {@link #load} finds one configured (also: an installation without one). */
  public HttpCheckpointWitness() {}

  /** Outside the container (tests). */
  public HttpCheckpointWitness(URI submissionPrefix, NoteKey witnessKey) {
    configure(submissionPrefix, witnessKey);
  }

  private void configure(URI prefix, NoteKey witnessKey) {
    if (!witnessKey.isCosigner()) {
      throw new IllegalArgumentException("rppc.witness.vkey no es una llave de cofirma");
    }
    String base = prefix.toString();
    addCheckpoint = URI.create((base.endsWith("/") ? base : base + "/") + "add-checkpoint");
    key = witnessKey;
    http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
  }

  @Override
  public Optional<NoteKey> key() {
    return Optional.ofNullable(key);
  }

  @Override
  public WitnessAnswer addCheckpoint(long oldSize, List<byte[]> proof, String signedNote) {
    if (key == null) {
      return new WitnessAnswer.Unreachable("no hay testigo configurado");
    }
    StringBuilder body = new StringBuilder("old ").append(oldSize).append('\n');
    proof.forEach(hash -> body.append(Base64.getEncoder().encodeToString(hash)).append('\n'));
    body.append('\n').append(signedNote);
    HttpResponse<String> response;
    try {
      response =
          http.send(
              HttpRequest.newBuilder(addCheckpoint)
                  .timeout(TIMEOUT)
                  .header("Content-Type", "text/plain; charset=utf-8")
                  .POST(
                      HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8))
                  .build(),
              HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      return new WitnessAnswer.Unreachable("el testigo no respondió: " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new WitnessAnswer.Unreachable("interrumpido");
    }
    String answer = response.body();
    if (response.statusCode() == 200) {
      return Cosignature.of(signedNote + answer, key).isPresent()
          ? new WitnessAnswer.Cosigned(answer)
          : new WitnessAnswer.Refused(200, "la cofirma del testigo no se verifica con su llave");
    }
    if (response.statusCode() == 409
        && response.headers().firstValue("Content-Type").orElse("").startsWith("text/x.tlog.size")
        && answer.strip().matches("0|[1-9][0-9]{0,18}")) {
      return new WitnessAnswer.KnowsSize(Long.parseLong(answer.strip()));
    }
    return new WitnessAnswer.Refused(response.statusCode(), answer.strip());
  }
}
