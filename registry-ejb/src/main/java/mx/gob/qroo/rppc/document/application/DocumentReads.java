package mx.gob.qroo.rppc.document.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import mx.gob.qroo.rppc.audit.application.AuditResourceId;
import mx.gob.qroo.rppc.audit.application.Audited;
import mx.gob.qroo.rppc.audit.application.OfficeScope;
import mx.gob.qroo.rppc.audit.domain.AccessAction;
import mx.gob.qroo.rppc.audit.domain.ResourceType;
import mx.gob.qroo.rppc.document.domain.DocumentHit;
import mx.gob.qroo.rppc.document.domain.DocumentQuery;
import mx.gob.qroo.rppc.document.domain.Documents;
import mx.gob.qroo.rppc.document.domain.StoredDocument;
import mx.gob.qroo.rppc.document.infrastructure.BlobStore;
import mx.gob.qroo.rppc.folio.domain.FolioNumber;
import mx.gob.qroo.rppc.shared.domain.EntryNumber;
import mx.gob.qroo.rppc.shared.domain.InvalidRequestException;
import mx.gob.qroo.rppc.shared.domain.Office;
import mx.gob.qroo.rppc.shared.domain.ResourceNotFoundException;
import mx.gob.qroo.rppc.shared.domain.Role;
import mx.gob.qroo.rppc.shared.domain.Violations;

/**
 * A document's state, its extracted text and the search, for registry staff; every read is logged.
 */
@Stateless
@RolesAllowed({Role.CAPTURISTA, Role.REGISTRADOR, Role.AUDITOR, Role.ADMIN})
public class DocumentReads {

  @Inject Documents documents;
  @Inject BlobStore blobs;
  @Inject OfficeScope offices;

  @Audited(action = AccessAction.READ, resource = ResourceType.DOCUMENT)
  public StoredDocument document(@AuditResourceId long id) {
    return withinReach(documents.find(id).orElseThrow(() -> notFound(id)));
  }

  @Audited(action = AccessAction.READ, resource = ResourceType.DOCUMENT)
  public String text(@AuditResourceId long id) {
    withinReach(documents.find(id).orElseThrow(() -> notFound(id)));
    return documents.text(id).orElseThrow(() -> notFound(id));
  }

  /** The documents of a filing (their states, not their contents). */
  @Audited(action = AccessAction.SEARCH, resource = ResourceType.DOCUMENT)
  public List<StoredDocument> ofFiling(@AuditResourceId String filingEntryNumber) {
    offices.require(
        EntryNumber.parse(filingEntryNumber).office(), "la solicitud " + filingEntryNumber);
    return documents.ofFiling(filingEntryNumber);
  }

  /** The documents of a folio's entries (their states, not their contents). */
  @Audited(action = AccessAction.SEARCH, resource = ResourceType.DOCUMENT)
  public List<StoredDocument> ofFolio(@AuditResourceId String folioNumber) {
    offices.require(FolioNumber.parse(folioNumber).office(), "el folio " + folioNumber);
    return documents.ofFolio(folioNumber);
  }

  /** A document and where its bytes are, to show it. */
  public record Content(StoredDocument document, Path file) {}

  @Audited(action = AccessAction.READ, resource = ResourceType.DOCUMENT)
  public Content content(@AuditResourceId long id) {
    StoredDocument document = withinReach(documents.find(id).orElseThrow(() -> notFound(id)));
    return new Content(document, blobs.pathOf(document.sha256()));
  }

  /** Full-text search; the query itself is the access event's resource. */
  @Audited(action = AccessAction.SEARCH, resource = ResourceType.DOCUMENT)
  public List<DocumentHit> search(@AuditResourceId DocumentQuery query) {
    Violations violations = new Violations();
    if (query.text() == null || query.text().isBlank()) {
      violations.add("q", "escriba qué buscar");
    }
    if (query.limit() < 1 || query.limit() > MAX_HITS) {
      violations.add("limit", "de 1 a " + MAX_HITS);
    }
    if (query.offset() < 0) {
      violations.add("offset", "no puede ser negativo");
    }
    if (query.from() != null && query.to() != null && query.to().isBefore(query.from())) {
      violations.add("to", "el fin del periodo no puede ser anterior a su inicio");
    }
    violations.throwIfAny();
    return documents.search(withinReach(query));
  }

  /** A clerk's or registrar's document is one of their offices'. */
  private StoredDocument withinReach(StoredDocument document) {
    Office office = document.owner().office();
    if (office != null) {
      offices.require(office, "el documento " + document.id());
    }
    return document;
  }

  /**
   * A search by a clerk or registrar looks in their offices: the one asked for, else the only one
   * they work in; one who works in some but not all offices names which.
   */
  private DocumentQuery withinReach(DocumentQuery query) {
    if (query.office() != null) {
      Violations violations = new Violations();
      Office office = violations.parse("office", query.office(), Office::fromCode);
      violations.throwIfAny();
      offices.require(office, "la búsqueda en esa oficina");
      return query;
    }
    Set<Office> reach = offices.offices();
    if (reach.size() == Office.values().length) {
      return query;
    }
    if (reach.size() == 1) {
      return query.inOffice(reach.iterator().next().name());
    }
    throw InvalidRequestException.of(
        "office",
        "indique en qué oficina buscar (office): usted trabaja en " + reach.size() + " oficinas");
  }

  static final int MAX_HITS = 100;

  private static ResourceNotFoundException notFound(long id) {
    return new ResourceNotFoundException("no existe el documento " + id);
  }
}
