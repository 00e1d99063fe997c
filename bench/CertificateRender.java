import java.math.BigDecimal;
import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
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
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * Times what issuing a lien certificate draws and signs, in process: the facts of a folio with 50
 * entries (bench/certificate-render.sh says which are in force), the PDF with its QR code
 * (CertificatePdf) and its PAdES signature with an RSA 3072 key (PdfSignature), as the registry
 * does. Arguments: warm-up seconds, measured renders.
 */
public class CertificateRender {

  public static void main(String[] args) throws Exception {
    int warmupSeconds = Integer.parseInt(args[0]);
    int renders = Integer.parseInt(args[1]);
    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
    generator.initialize(3072);
    KeyPair keys = generator.generateKeyPair();
    X500Name name = new X500Name("CN=Registro Publico - DEMO (bench)");
    X509Certificate certificate =
        new JcaX509CertificateConverter()
            .getCertificate(
                new JcaX509v3CertificateBuilder(
                        name, BigInteger.ONE, new Date(0), new Date(4_102_444_800_000L), name,
                        keys.getPublic())
                    .build(new JcaContentSignerBuilder("SHA256withRSA").build(keys.getPrivate())));
    CertificatePdf pdf = new CertificatePdf();
    PdfSignature signature = new PdfSignature(keys.getPrivate(), certificate);
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
    Instant at = facts.asOf().plusMillis(i);
    return signature.sign(pdf.render(facts, code, "https://rppc.qroo.gob.mx/verificar/" + code), "bench", at);
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
        liens, notices);
  }
}
