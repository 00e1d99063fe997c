package mx.gob.qroo.rppc.certificate.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import mx.gob.qroo.rppc.audit.application.AuditResourceId;
import mx.gob.qroo.rppc.audit.application.Audited;
import mx.gob.qroo.rppc.audit.application.OfficeScope;
import mx.gob.qroo.rppc.audit.domain.AccessAction;
import mx.gob.qroo.rppc.audit.domain.ResourceType;
import mx.gob.qroo.rppc.certificate.domain.LienCertificate;
import mx.gob.qroo.rppc.certificate.domain.LienCertificates;
import mx.gob.qroo.rppc.shared.domain.EntryNumber;
import mx.gob.qroo.rppc.shared.domain.ResourceNotFoundException;
import mx.gob.qroo.rppc.shared.domain.Role;
import mx.gob.qroo.rppc.shared.domain.Violations;

/**
 * Registry staff hand certificates out: which ones a filing issued, and each signed PDF (it names
 * the holders, so every read is logged).
 */
@Stateless
@RolesAllowed({Role.CAPTURISTA, Role.REGISTRADOR, Role.AUDITOR, Role.ADMIN})
public class CertificateDownloads {

  @Inject LienCertificates certificates;
  @Inject OfficeScope offices;

  @Audited(action = AccessAction.SEARCH, resource = ResourceType.FILING)
  public List<LienCertificate> ofFiling(@AuditResourceId String filingEntryNumber) {
    Violations violations = new Violations();
    EntryNumber number = violations.parse("filing", filingEntryNumber, EntryNumber::parse);
    violations.throwIfAny();
    offices.require(number.office(), "la solicitud " + number);
    return certificates.ofFiling(number.toString());
  }

  @Audited(action = AccessAction.READ, resource = ResourceType.CERTIFICATE)
  public byte[] pdf(@AuditResourceId String code) {
    LienCertificate certificate =
        certificates
            .byCode(code)
            .orElseThrow(() -> new ResourceNotFoundException("no existe el certificado " + code));
    offices.require(
        EntryNumber.parse(certificate.filingEntryNumber()).office(), "el certificado " + code);
    return certificates
        .pdf(code)
        .orElseThrow(() -> new ResourceNotFoundException("no existe el certificado " + code));
  }
}
