package mx.gob.qroo.rppc.certificate.infrastructure;

import eu.europa.esig.dss.enumerations.DigestAlgorithm;
import eu.europa.esig.dss.enumerations.SignatureAlgorithm;
import eu.europa.esig.dss.enumerations.SignatureLevel;
import eu.europa.esig.dss.model.DSSDocument;
import eu.europa.esig.dss.model.DSSException;
import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.model.SignatureValue;
import eu.europa.esig.dss.model.ToBeSigned;
import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.pades.PAdESSignatureParameters;
import eu.europa.esig.dss.pades.signature.PAdESService;
import eu.europa.esig.dss.service.http.commons.OCSPDataLoader;
import eu.europa.esig.dss.service.http.commons.TimestampDataLoader;
import eu.europa.esig.dss.service.ocsp.OnlineOCSPSource;
import eu.europa.esig.dss.service.tsp.OnlineTSPSource;
import eu.europa.esig.dss.spi.DSSUtils;
import eu.europa.esig.dss.spi.validation.CommonCertificateVerifier;
import eu.europa.esig.dss.spi.x509.CommonTrustedCertificateSource;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import mx.gob.qroo.rppc.shared.domain.TooBusyException;

/**
 * Signs a PDF as PAdES-BASELINE-LT with the EU's DSS: a detached CMS signature ({@code
 * ETSI.CAdES.detached}) over the whole file, an RFC 3161 signature timestamp from the time-stamping
 * authority, and the validation data (the chain, the OCSP answers of the signer's and the
 * authority's certificates) in the document's security store, so that it can be validated offline
 * and after those certificates expire.
 *
 * <p>The seal's certificate must come from an authority whose responder answers: without its answer
 * (or the timestamp) there is no LT certificate, and issuing fails, to be tried again.
 */
public final class PdfSignature {

  private static final Logger LOG = Logger.getLogger(PdfSignature.class.getName());
  private static final int TIMEOUT_MILLIS = 10_000;

  private final PrivateKey key;
  private final CertificateToken certificate;
  private final List<CertificateToken> chain;
  private final PAdESService service;

  /**
   * @param chain the seal's issuers up to the root the registry trusts (the last one)
   * @param timeStamping the time-stamping authority's URL (RFC 3161 over HTTP)
   */
  public PdfSignature(
      PrivateKey key,
      X509Certificate certificate,
      List<X509Certificate> chain,
      String timeStamping) {
    if (chain.isEmpty()) {
      throw new IllegalArgumentException("el sello necesita la cadena de su autoridad");
    }
    this.key = key;
    this.certificate = new CertificateToken(certificate);
    this.chain = chain.stream().map(CertificateToken::new).toList();
    CommonTrustedCertificateSource trusted = new CommonTrustedCertificateSource();
    trusted.addCertificate(this.chain.get(this.chain.size() - 1));
    CommonCertificateVerifier verifier = new CommonCertificateVerifier();
    verifier.setTrustedCertSources(trusted);
    // the chain is given: nothing is fetched from addresses a certificate names but its responder
    verifier.setAIASource(null);
    OCSPDataLoader ocsp = new OCSPDataLoader();
    ocsp.setTimeoutConnection(TIMEOUT_MILLIS);
    ocsp.setTimeoutResponse(TIMEOUT_MILLIS);
    verifier.setOcspSource(new OnlineOCSPSource(ocsp));
    TimestampDataLoader tsp = new TimestampDataLoader();
    tsp.setTimeoutConnection(TIMEOUT_MILLIS);
    tsp.setTimeoutResponse(TIMEOUT_MILLIS);
    service = new PAdESService(verifier);
    service.setTspSource(new OnlineTSPSource(timeStamping, tsp));
  }

  public X509Certificate certificate() {
    return certificate.getCertificate();
  }

  public byte[] sign(byte[] pdf, String reason, Instant at) {
    PAdESSignatureParameters parameters = new PAdESSignatureParameters();
    parameters.setSignatureLevel(SignatureLevel.PAdES_BASELINE_LT);
    parameters.setDigestAlgorithm(DigestAlgorithm.SHA256);
    parameters.setSigningCertificate(certificate);
    parameters.setCertificateChain(chain);
    parameters.bLevel().setSigningDate(Date.from(at));
    parameters.setSignerName("Registro Público de la Propiedad y del Comercio de Quintana Roo");
    parameters.setLocation("Quintana Roo, México");
    parameters.setReason(reason);
    DSSDocument document = new InMemoryDocument(pdf);
    try {
      ToBeSigned toBeSigned = service.getDataToSign(document, parameters);
      Signature rsa = Signature.getInstance("SHA256withRSA");
      rsa.initSign(key);
      rsa.update(toBeSigned.getBytes());
      SignatureValue value = new SignatureValue(SignatureAlgorithm.RSA_SHA256, rsa.sign());
      return DSSUtils.toByteArray(service.signDocument(document, parameters, value));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("la llave del sello no firma", e);
    } catch (DSSException e) {
      // the time-stamping authority or the responder did not answer: DSS's message, which names
      // internal addresses, goes to the server's log with the cause, not to the caller
      LOG.log(Level.WARNING, "certificado sin sellar", e);
      throw new TooBusyException(
          "no se pudo sellar el certificado: el sello de tiempo o la consulta del estado del"
              + " certificado del registro no respondieron; inténtelo de nuevo en unos minutos",
          e);
    }
  }
}
