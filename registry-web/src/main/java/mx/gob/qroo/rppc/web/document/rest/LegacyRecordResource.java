package mx.gob.qroo.rppc.web.document.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import mx.gob.qroo.rppc.document.application.DocumentUploads;
import mx.gob.qroo.rppc.document.application.LegacyMigration;
import mx.gob.qroo.rppc.document.application.LegacyRecordReads;
import mx.gob.qroo.rppc.document.domain.LegacyRecord;
import mx.gob.qroo.rppc.document.domain.LegacyRecords.LegacyRecordSearch;
import mx.gob.qroo.rppc.folio.application.FolioCommand;
import mx.gob.qroo.rppc.folio.application.FolioView;
import mx.gob.qroo.rppc.shared.domain.Role;
import mx.gob.qroo.rppc.shared.domain.Violations;
import mx.gob.qroo.rppc.web.document.rest.DocumentResource.DocumentView;

/**
 * Records of the paper books: {@code GET /legacy-records?office=&book=&volume=&record=}, {@code GET
 * /legacy-records/{id}} (with its pages), {@code POST /legacy-records/{id}/documents} (a page by
 * hand, multipart field {@code file}) and {@code POST /legacy-records/{id}/migration} (opens its
 * property folio; body as {@code POST /folios}, its office being the record's).
 */
@Path("/legacy-records")
@Produces(MediaType.APPLICATION_JSON)
public class LegacyRecordResource {

  @Inject LegacyRecordReads reads;
  @Inject LegacyMigration migration;
  @Inject DocumentUploads uploads;

  /** A record as the API shows it. */
  public record RecordView(
      long id,
      String office,
      String book,
      String volume,
      String record,
      String citation,
      int pages,
      String migratedFolioNumber,
      String migratedAt,
      List<DocumentView> documents) {

    static RecordView of(LegacyRecord r, List<DocumentView> documents) {
      return new RecordView(
          r.id(),
          r.ref().office().name(),
          r.ref().book(),
          r.ref().volume(),
          r.ref().record(),
          r.ref().citation(),
          r.pages(),
          r.migratedFolioNumber(),
          r.migratedAt() == null ? null : r.migratedAt().toString(),
          documents);
    }
  }

  @RolesAllowed({Role.CAPTURISTA, Role.REGISTRADOR, Role.AUDITOR, Role.ADMIN})
  @GET
  public List<RecordView> search(
      @QueryParam("office") String office,
      @QueryParam("book") String book,
      @QueryParam("volume") String volume,
      @QueryParam("record") String record,
      @QueryParam("offset") @DefaultValue("0") int offset,
      @QueryParam("limit") @DefaultValue("50") int limit) {
    Violations violations = new Violations();
    if (limit < 1 || limit > 200) {
      violations.add("limit", "de 1 a 200");
    }
    if (offset < 0) {
      violations.add("offset", "no puede ser negativo");
    }
    violations.throwIfAny();
    return reads
        .search(
            new LegacyRecordSearch(
                upper(office), upper(book), upper(volume), upper(record), offset, limit))
        .stream()
        .map(r -> RecordView.of(r, null))
        .toList();
  }

  @RolesAllowed({Role.CAPTURISTA, Role.REGISTRADOR, Role.AUDITOR, Role.ADMIN})
  @GET
  @Path("/{id}")
  public RecordView record(@PathParam("id") long id) {
    LegacyRecordReads.RecordWithPages found = reads.record(id);
    return RecordView.of(found.record(), found.pages().stream().map(DocumentView::of).toList());
  }

  @RolesAllowed({Role.CAPTURISTA, Role.REGISTRADOR, Role.ADMIN})
  @POST
  @Path("/{id}/documents")
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  public Response upload(@PathParam("id") long id, @FormParam("file") EntityPart file)
      throws IOException {
    return FilingDocumentResource.accepted(
        UploadedFile.use(file, (name, content) -> uploads.uploadToLegacyRecord(id, name, content)));
  }

  @RolesAllowed(Role.REGISTRADOR)
  @POST
  @Path("/{id}/migration")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response migrate(@PathParam("id") long id, FolioCommand property) {
    if (property == null) {
      Violations missing = new Violations();
      missing.add("body", "falta el cuerpo JSON con el predio y sus titulares");
      missing.throwIfAny();
    }
    FolioView folio = migration.migrate(id, property);
    return Response.created(URI.create("/api/folios/" + folio.folioNumber()))
        .entity(Map.of("folioNumber", folio.folioNumber()))
        .build();
  }

  private static String upper(String value) {
    return value == null || value.isBlank() ? null : value.strip().toUpperCase();
  }
}
