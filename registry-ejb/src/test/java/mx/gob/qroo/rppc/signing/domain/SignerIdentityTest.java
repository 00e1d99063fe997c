package mx.gob.qroo.rppc.signing.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SignerIdentityTest {

  private static KeyPair keys;

  @BeforeAll
  static void aKey() throws Exception {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
    generator.initialize(2048);
    keys = generator.generateKeyPair();
  }

  @Test
  void aPersonsCertificateNamesTheRfcAndTheCurpPlainly() throws Exception {
    SignerIdentity signer =
        SignerIdentity.of(certificate("Rubén Moo Pérez", "MOPR790930AB1", "MOPR790930HYNRLB03"));
    assertThat(signer)
        .isEqualTo(new SignerIdentity("Rubén Moo Pérez", "MOPR790930AB1", "MOPR790930HYNRLB03"));
  }

  @Test
  void satsSlashFormsGiveTheFirstRfcAndTheLastCurp() throws Exception {
    SignerIdentity signer =
        SignerIdentity.of(
            certificate(
                "INMOBILIARIA DEL CARIBE",
                "ICA010101AB1 / MOPR790930AB1",
                " / MOPR790930HYNRLB03"));
    assertThat(signer.rfc()).isEqualTo("ICA010101AB1");
    assertThat(signer.curp()).isEqualTo("MOPR790930HYNRLB03");
  }

  @Test
  void aCertificateWithoutThemNamesNoCurp() throws Exception {
    SignerIdentity signer = SignerIdentity.of(certificate("Alguien", null, null));
    assertThat(signer.curp()).isNull();
    assertThat(signer.rfc()).isNull();
  }

  private static X509Certificate certificate(String name, String uniqueIdentifier, String serial)
      throws Exception {
    X500NameBuilder subject = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.CN, name);
    if (uniqueIdentifier != null) {
      subject.addRDN(BCStyle.UNIQUE_IDENTIFIER, uniqueIdentifier);
    }
    if (serial != null) {
      subject.addRDN(BCStyle.SERIALNUMBER, serial);
    }
    Instant now = Instant.now();
    return new JcaX509CertificateConverter()
        .getCertificate(
            new JcaX509v3CertificateBuilder(
                    new X500Name("CN=AC DEMO"),
                    BigInteger.ONE,
                    Date.from(now),
                    Date.from(now.plus(1, ChronoUnit.DAYS)),
                    subject.build(),
                    keys.getPublic())
                .build(new JcaContentSignerBuilder("SHA256withRSA").build(keys.getPrivate())));
  }
}
