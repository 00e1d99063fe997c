package mx.gob.qroo.rppc.signing.domain;

import java.security.cert.X509Certificate;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1String;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;

/**
 * Whom an e.firma certificate names, read as SAT writes its subjects: the holder's name in the
 * common name, the RFC in {@code x500UniqueIdentifier} (2.5.4.45) and the CURP in {@code
 * serialNumber} (2.5.4.5). For a company SAT writes {@code "RFC / RFC of the representative"} and
 * {@code " / CURP of the representative"}: the RFC read is the first, the CURP the last.
 */
public record SignerIdentity(String name, String rfc, String curp) {

  public static SignerIdentity of(X509Certificate certificate) {
    X500Name subject = X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded());
    String rfc = first(subject, BCStyle.UNIQUE_IDENTIFIER);
    String curp = first(subject, BCStyle.SERIALNUMBER);
    return new SignerIdentity(
        first(subject, BCStyle.CN),
        rfc == null ? null : part(rfc, 0),
        curp == null ? null : part(curp, -1));
  }

  private static String first(X500Name subject, ASN1ObjectIdentifier attribute) {
    RDN[] rdns = subject.getRDNs(attribute);
    if (rdns.length == 0 || !(rdns[0].getFirst().getValue() instanceof ASN1String text)) {
      return null;
    }
    return text.getString().trim();
  }

  /** The first (0) or last (-1) of the values SAT separates by a slash; null when it is empty. */
  private static String part(String value, int which) {
    String[] parts = value.split("/", -1);
    String chosen = parts[which == 0 ? 0 : parts.length - 1].trim();
    return chosen.isEmpty() ? null : chosen;
  }
}
