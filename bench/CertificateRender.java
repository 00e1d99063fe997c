import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import mx.gob.qroo.rppc.certificate.domain.CertificateFacts;
import mx.gob.qroo.rppc.certificate.infrastructure.CertificatePdf;
import mx.gob.qroo.rppc.certificate.infrastructure.PdfSignature;

/**
 * Times what issuing a lien certificate draws and signs, in process: the facts of a folio with 50
 * entries (bench/certificate-render.sh says which are in force), the PDF with its QR code
 * (CertificatePdf) and its PAdES-BASELINE-LT signature with an RSA 3072 seal (PdfSignature: a
 * timestamp and OCSP answers fetched from the DEMO authority's services), as the registry does.
 * Arguments: warm-up seconds, measured renders, the seal's folder, the time-stamping URL.
 */
public class CertificateRender {

  public static void main(String[] args) throws Exception {
    int warmupSeconds = Integer.parseInt(args[0]);
    int renders = Integer.parseInt(args[1]);
    Path seal = Path.of(args[2]);
    PrivateKey key =
        KeyFactory.getInstance("RSA")
            .generatePrivate(new PKCS8EncodedKeySpec(Files.readAllBytes(seal.resolve("private.p8"))));
    CertificatePdf pdf = new CertificatePdf();
    PdfSignature signature =
        new PdfSignature(
            key, certificate(seal.resolve("certificate.der")),
            List.of(certificate(seal.resolve("issuer.der"))), args[3]);
    CertificateFacts facts = fiftyEntryFolio();

    Instant warmEnd = Instant.now().plusSeconds(warmupSeconds);
    int warm = 0;
    while (Instant.now().isBefore(warmEnd)) {
      render(pdf, signature, facts, warm++);
    }
    long[] nanos = new long[renders];
    int bytes = 0;
    for (int i = 0; i < renders; i++) {
      long start = System.nanoTime();
      bytes = render(pdf, signature, facts, i).length;
      nanos[i] = System.nanoTime() - start;
    }
    Arrays.sort(nanos);
    System.out.printf(
        "RESULT renders=%d warmup_renders=%d pdf_bytes=%d p50_ms=%.2f p90_ms=%.2f p99_ms=%.2f max_ms=%.2f%n",
        renders, warm, bytes, ms(nanos, 0.50), ms(nanos, 0.90), ms(nanos, 0.99),
        nanos[renders - 1] / 1e6);
  }

  private static byte[] render(
      CertificatePdf pdf, PdfSignature signature, CertificateFacts facts, int i) {
    String code = String.format("CLG-%04d-2345-6789", i % 10_000).replace('0', 'A').replace('1', 'B');
    Instant at = Instant.now();
    return signature.sign(pdf.render(facts, code, "https://rppc.qroo.gob.mx/verificar/" + code), "bench", at);
  }

  private static X509Certificate certificate(Path file) throws Exception {
    return (X509Certificate)
        CertificateFactory.getInstance("X.509").generateCertificate(Files.newInputStream(file));
  }

  private static double ms(long[] sorted, double q) {
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)] / 1e6;
  }

  /**
   * 50 entries: the opening, 9 sales, 20 mortgages of which 12 cancelled (12 cancellations), 8
   * preventive notices of which 3 expired. In force at the instant: 8 mortgages and 5 notices.
   */
  static CertificateFacts fiftyEntryFolio() {
    Instant asOf = Instant.parse("2026-11-23T15:30:00Z");
    List<CertificateFacts.Standing> liens = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      liens.add(
          new CertificateFacts.Standing(
              20 + i, "Hipoteca", asOf.minus(Duration.ofDays(400 - 30L * i)),
              "CUN-2025-0001" + (10 + i), new BigDecimal(1_250_000 + 50_000 * i),
              "Banco del Caribe, S.A., Institución de Banca Múltiple", null));
    }
    List<CertificateFacts.Standing> notices = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      notices.add(
          new CertificateFacts.Standing(
              44 + i, "Aviso preventivo", asOf.minus(Duration.ofDays(20 - i)),
              "CUN-2026-0003" + (10 + i), null, null, LocalDate.of(2026, 12, 10 + i)));
    }
    return new CertificateFacts(
        "CUN-FR-000161", "23005-023-0001-001", "Av. Tulum 10, Supermanzana 4, Cancún", asOf,
        List.of(
            new CertificateFacts.Holding("Luis Fernando López Ortiz", new BigDecimal("50")),
            new CertificateFacts.Holding("María José Canul Pech", new BigDecimal("50"))),
        liens, notices, List.of());
  }
}
