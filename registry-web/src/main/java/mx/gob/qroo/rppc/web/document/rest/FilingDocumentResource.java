package mx.gob.qroo.rppc.web.document.rest;

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
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import mx.gob.qroo.rppc.document.application.DocumentUploads;
import mx.gob.qroo.rppc.document.domain.StoredDocument;
import mx.gob.qroo.rppc.shared.domain.InvalidRequestException;
import mx.gob.qroo.rppc.shared.domain.Violation;
import mx.gob.qroo.rppc.web.document.rest.DocumentResource.DocumentView;

/**
 * {@code POST /filings/{entryNumber}/documents} (multipart, field {@code file}) answers 202 with
 * the document's id, hash and state; its extraction follows.
 */
@Path("/filings/{entryNumber}/documents")
public class FilingDocumentResource {

  @Inject DocumentUploads uploads;

  @POST
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @Produces(MediaType.APPLICATION_JSON)
  public Response upload(
      @PathParam("entryNumber") String entryNumber, @FormParam("file") EntityPart file)
      throws IOException {
    if (file == null) {
      throw new InvalidRequestException(
          List.of(
              new Violation("file", "envíe el archivo en el campo 'file' (multipart/form-data)")));
    }
    StoredDocument stored;
    try (InputStream content = file.getContent()) {
      stored = uploads.upload(entryNumber, file.getFileName().orElse(null), content);
    }
    return Response.accepted(DocumentView.of(stored))
        .location(URI.create("documents/" + stored.id()))
        .build();
  }
}
