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
import mx.gob.qroo.rppc.document.application.DocumentUploads;
import mx.gob.qroo.rppc.shared.domain.Role;

/**
 * {@code POST /folios/{folioNumber}/entries/{sequence}/documents} (multipart, field {@code file}):
 * a document of a folio's entry, answered like a filing's.
 */
@Path("/folios/{folioNumber}/entries/{sequence}/documents")
public class EntryDocumentResource {

  @Inject DocumentUploads uploads;

  @RolesAllowed({Role.CAPTURISTA, Role.REGISTRADOR, Role.ADMIN})
  @POST
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @Produces(MediaType.APPLICATION_JSON)
  public Response upload(
      @PathParam("folioNumber") String folioNumber,
      @PathParam("sequence") int sequence,
      @FormParam("file") EntityPart file)
      throws IOException {
    return FilingDocumentResource.accepted(
        UploadedFile.use(
            file, (name, content) -> uploads.uploadToEntry(folioNumber, sequence, name, content)));
  }
}
