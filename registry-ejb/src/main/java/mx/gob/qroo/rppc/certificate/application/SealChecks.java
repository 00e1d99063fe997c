package mx.gob.qroo.rppc.certificate.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import mx.gob.qroo.rppc.certificate.domain.SealValidation;
import mx.gob.qroo.rppc.certificate.infrastructure.PdfSignatureValidation;

/**
 * The validation of certificates' signatures, offline (what the file embeds), remembered by the
 * file's SHA-256: the same bytes always validate the same way with what they carry, and a public
 * page should not spend a tenth of a second of CPU on every view of a popular certificate.
 */
@ApplicationScoped
public class SealChecks {

  private static final int REMEMBERED = 1024;

  @Inject CertificateSigningKey key;

  private PdfSignatureValidation validation;
  private final Map<String, SealValidation> bySha256 =
      Collections.synchronizedMap(
          new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, SealValidation> eldest) {
              return size() > REMEMBERED;
            }
          });

  @PostConstruct
  void start() {
    validation = new PdfSignatureValidation(key.issuer());
  }

  public SealValidation of(byte[] pdf) {
    String sha256 = CertificateIssuance.sha256(pdf);
    SealValidation known = bySha256.get(sha256);
    if (known != null) {
      return known;
    }
    // validated outside the map's lock: views of other certificates do not wait for this one
    SealValidation validated = validation.validate(pdf);
    bySha256.put(sha256, validated);
    return validated;
  }
}
