package mx.gob.qroo.rppc.web.document.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.net.URI;
import mx.gob.qroo.rppc.document.application.DocumentUploads;
import mx.gob.qroo.rppc.document.domain.StoredDocument;
import mx.gob.qroo.rppc.shared.domain.Role;
import mx.gob.qroo.rppc.web.document.rest.DocumentResource.DocumentView;

/**
 * {@code POST /filings/{entryNumber}/documents} (multipart, field {@code file}) answers 202 with
 * the document's id, hash and state; its extraction follows.
 */
@Path("/filings/{entryNumber}/documents")
public class FilingDocumentResource {

  @Inject DocumentUploads uploads;

  @RolesAllowed({Role.CAPTURISTA, Role.REGISTRADOR, Role.ADMIN})
  @POST
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @Produces(MediaType.APPLICATION_JSON)
  public Response upload(
      @PathParam("entryNumber") String entryNumber, @FormParam("file") EntityPart file)
      throws IOException {
    return accepted(
        UploadedFile.use(file, (name, content) -> uploads.upload(entryNumber, name, content)));
  }

  /** 202 with the document and where to follow its extraction. */
  static Response accepted(StoredDocument stored) {
    return Response.accepted(DocumentView.of(stored))
        .location(URI.create("/api/documents/" + stored.id()))
        .build();
  }
}
