package mx.gob.qroo.rppc.certificate.domain;

import java.util.List;
import java.util.Optional;

/** Where issued certificates and their PDFs are kept. */
public interface LienCertificates {

  void store(LienCertificate certificate, byte[] pdf);

  Optional<LienCertificate> byCode(String code);

  List<LienCertificate> ofFiling(String filingEntryNumber);

  Optional<byte[]> pdf(String code);
}
