package mx.gob.qroo.rppc.document.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import mx.gob.qroo.rppc.audit.application.AuditResourceId;
import mx.gob.qroo.rppc.audit.application.Audited;
import mx.gob.qroo.rppc.audit.domain.AccessAction;
import mx.gob.qroo.rppc.audit.domain.ResourceType;
import mx.gob.qroo.rppc.document.domain.Documents;
import mx.gob.qroo.rppc.document.domain.StoredDocument;
import mx.gob.qroo.rppc.shared.domain.ResourceNotFoundException;
import mx.gob.qroo.rppc.shared.domain.Role;

/** A document's state and its extracted text, for registry staff; every read is logged. */
@Stateless
@RolesAllowed({Role.CAPTURISTA, Role.REGISTRADOR, Role.AUDITOR, Role.ADMIN})
public class DocumentReads {

  @Inject Documents documents;

  @Audited(action = AccessAction.READ, resource = ResourceType.DOCUMENT)
  public StoredDocument document(@AuditResourceId long id) {
    return documents.find(id).orElseThrow(() -> notFound(id));
  }

  @Audited(action = AccessAction.READ, resource = ResourceType.DOCUMENT)
  public String text(@AuditResourceId long id) {
    return documents.text(id).orElseThrow(() -> notFound(id));
  }

  private static ResourceNotFoundException notFound(long id) {
    return new ResourceNotFoundException("no existe el documento " + id);
  }
}
