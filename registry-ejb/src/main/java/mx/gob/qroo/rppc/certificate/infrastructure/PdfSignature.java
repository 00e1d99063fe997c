package mx.gob.qroo.rppc.certificate.infrastructure;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSAttributeTableGenerator;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * Signs a PDF the PAdES way (baseline B): an incremental update adds a signature field whose value
 * is a detached CMS signature ({@code ETSI.CAdES.detached}) over the whole file but the signature
 * itself, with the signer's certificate and its {@code signing-certificate-v2} attribute, the
 * signing time in the PDF's {@code /M} and not in the CMS, as PAdES asks.
 */
public final class PdfSignature {

  private final PrivateKey key;
  private final X509Certificate certificate;

  public PdfSignature(PrivateKey key, X509Certificate certificate) {
    this.key = key;
    this.certificate = certificate;
  }

  public byte[] sign(byte[] pdf, String reason, Instant at) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      PDSignature signature = new PDSignature();
      signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
      signature.setSubFilter(PDSignature.SUBFILTER_ETSI_CADES_DETACHED);
      signature.setName("Registro Público de la Propiedad y del Comercio de Quintana Roo");
      signature.setLocation("Quintana Roo, México");
      signature.setReason(reason);
      Calendar when = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
      when.setTimeInMillis(at.toEpochMilli());
      signature.setSignDate(when);
      document.addSignature(signature, content -> cms(content.readAllBytes()));
      ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 16_384);
      document.saveIncremental(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("no se pudo firmar el certificado", e);
    }
  }

  private byte[] cms(byte[] signedContent) throws IOException {
    try {
      ASN1EncodableVector attributes = new ASN1EncodableVector();
      byte[] certificateHash =
          MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
      attributes.add(
          new Attribute(
              PKCSObjectIdentifiers.id_aa_signingCertificateV2,
              new DERSet(
                  new SigningCertificateV2(
                      new ESSCertIDv2[] {
                        new ESSCertIDv2(
                            new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256),
                            certificateHash)
                      }))));
      DefaultSignedAttributeTableGenerator standard =
          new DefaultSignedAttributeTableGenerator(new AttributeTable(attributes));
      CMSAttributeTableGenerator withoutSigningTime =
          parameters -> standard.getAttributes(parameters).remove(CMSAttributes.signingTime);
      CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
      generator.addSignerInfoGenerator(
          new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
              .setSignedAttributeGenerator(withoutSigningTime)
              .build(new JcaContentSignerBuilder("SHA256withRSA").build(key), certificate));
      generator.addCertificates(new JcaCertStore(List.of(certificate)));
      return generator.generate(new CMSProcessableByteArray(signedContent), false).getEncoded();
    } catch (GeneralSecurityException
        | org.bouncycastle.operator.OperatorCreationException
        | org.bouncycastle.cms.CMSException e) {
      throw new IOException("firma CMS del certificado", e);
    }
  }
}
