package mx.gob.qroo.rppc.web.document.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import mx.gob.qroo.rppc.document.application.DocumentReads;
import mx.gob.qroo.rppc.document.domain.DocumentOwner;
import mx.gob.qroo.rppc.document.domain.StoredDocument;
import mx.gob.qroo.rppc.shared.domain.Role;

/**
 * {@code GET /documents/{id}} and {@code /documents/{id}/text}: a document's state and extracted
 * text ({@link FilingDocumentResource} takes the uploads).
 */
@Path("/documents")
public class DocumentResource {

  @Inject DocumentReads reads;

  /** A document as the API shows it. */
  public record DocumentView(
      long id,
      String sha256,
      String mediaType,
      String status,
      String reason,
      Integer pages,
      String fileName,
      String filingEntryNumber,
      String folioNumber,
      Integer entrySequence,
      Long legacyRecordId,
      Integer page,
      long sizeBytes,
      String uploadedAt) {
    public static DocumentView of(StoredDocument d) {
      DocumentOwner.OfEntry entry = d.owner() instanceof DocumentOwner.OfEntry e ? e : null;
      DocumentOwner.OfLegacyRecord legacy =
          d.owner() instanceof DocumentOwner.OfLegacyRecord l ? l : null;
      return new DocumentView(
          d.id(),
          d.sha256(),
          d.mediaType(),
          d.status().name(),
          d.reason(),
          d.pages(),
          d.fileName(),
          d.filingEntryNumber(),
          entry == null ? null : entry.folioNumber(),
          entry == null ? null : entry.sequence(),
          legacy == null ? null : legacy.recordId(),
          legacy == null ? null : legacy.page(),
          d.sizeBytes(),
          d.uploadedAt().toString());
    }
  }

  @RolesAllowed({Role.CAPTURISTA, Role.REGISTRADOR, Role.AUDITOR, Role.ADMIN})
  @GET
  @Path("/{id}")
  @Produces(MediaType.APPLICATION_JSON)
  public DocumentView document(@PathParam("id") long id) {
    return DocumentView.of(reads.document(id));
  }

  @RolesAllowed({Role.CAPTURISTA, Role.REGISTRADOR, Role.AUDITOR, Role.ADMIN})
  @GET
  @Path("/{id}/text")
  @Produces("text/plain; charset=utf-8")
  public String text(@PathParam("id") long id) {
    return reads.text(id);
  }
}
