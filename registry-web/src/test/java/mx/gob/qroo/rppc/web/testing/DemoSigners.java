package mx.gob.qroo.rppc.web.testing;

import static mx.gob.qroo.rppc.web.testing.Deployment.as;

import io.restassured.response.ValidatableResponse;
import java.nio.file.Path;
import java.util.Base64;
import mx.gob.qroo.rppc.testing.DemoCa;
import mx.gob.qroo.rppc.testing.DemoCa.Efirma;

/**
 * The demo registrars' e.firma that ./registry issues for the instance ({@code
 * .work/<instance>/efirma/<user>.cer} and {@code .key}, password = user name), and inscriptions
 * signed with it the way an API client does: fetch the bytes to sign, sign them, post the signature
 * with the decision.
 */
public final class DemoSigners {

  private DemoSigners() {}

  public static Efirma of(String user) {
    Path dir = Instance.workDir().resolve("efirma");
    return new Efirma(dir.resolve(user + ".cer"), dir.resolve(user + ".key"), user);
  }

  /** The instance's DEMO authority, issuing further pairs into {@code issued}. */
  public static DemoCa authority(Path issued) {
    return DemoCa.existing(Instance.workDir().resolve("demo-ca"), issued);
  }

  /** The bytes {@code user} is asked to sign to inscribe the filing. */
  public static byte[] toBeSigned(String user, String entryNumber) {
    String encoded =
        as(user)
            .get("/api/filings/" + entryNumber + "/examination/to-be-signed")
            .then()
            .statusCode(200)
            .extract()
            .path("toBeSigned");
    return Base64.getDecoder().decode(encoded);
  }

  /** An INSCRIBE decision carrying the signature of {@code bytes} with {@code efirma}. */
  public static String inscription(Efirma efirma, byte[] bytes) {
    Base64.Encoder base64 = Base64.getEncoder();
    return """
        {"decision":"INSCRIBE","signature":{"certificate":"%s","value":"%s"}}"""
        .formatted(
            base64.encodeToString(efirma.certificateBytes()),
            base64.encodeToString(efirma.sign(bytes)));
  }

  /** The INSCRIBE decision {@code user} signs with their demo e.firma, ready to post. */
  public static String signedInscription(String user, String entryNumber) {
    return inscription(of(user), toBeSigned(user, entryNumber));
  }

  /** Inscribes the filing turned to {@code user}, signed with their demo e.firma. */
  public static ValidatableResponse inscribe(String user, String entryNumber) {
    return as(user)
        .body(signedInscription(user, entryNumber))
        .post("/api/filings/" + entryNumber + "/examination")
        .then();
  }
}
