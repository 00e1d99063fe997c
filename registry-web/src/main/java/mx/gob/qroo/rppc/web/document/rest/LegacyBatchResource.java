package mx.gob.qroo.rppc.web.document.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import mx.gob.qroo.rppc.document.application.LegacyBatches;
import mx.gob.qroo.rppc.document.domain.BatchFailure;
import mx.gob.qroo.rppc.document.domain.LegacyBatch;
import mx.gob.qroo.rppc.shared.domain.Role;
import mx.gob.qroo.rppc.shared.domain.Violations;

/**
 * Batches of scanned book pages: {@code GET /legacy-batches} (the latest and those waiting in the
 * inbox), {@code POST /legacy-batches} with {@code {"source": name}} (a folder or ZIP of the inbox)
 * or a multipart ZIP in field {@code file}, {@code GET /legacy-batches/{id}} (progress) and {@code
 * POST /legacy-batches/{id}/restart}.
 */
@Path("/legacy-batches")
@Produces(MediaType.APPLICATION_JSON)
public class LegacyBatchResource {

  @Inject LegacyBatches batches;

  /** A batch to start from the inbox. */
  public record StartRequest(String source) {}

  /** The batches started, and those in the inbox not started yet. */
  public record Listing(List<ProgressView> batches, List<String> waiting) {}

  /** A batch's progress as the API shows it. */
  public record ProgressView(
      long id,
      String source,
      String jobStatus,
      int totalPages,
      int pagesDone,
      int failures,
      Double pagesPerMinute,
      Long secondsLeft,
      String startedBy,
      String startedAt,
      String finishedAt,
      List<BatchFailure> failureList) {

    static ProgressView of(LegacyBatch b, String jobStatus, List<BatchFailure> failures) {
      Instant now = Instant.now();
      return new ProgressView(
          b.id(),
          b.source(),
          jobStatus,
          b.totalPages(),
          b.pagesDone(),
          b.failures(),
          b.pagesPerMinute(now).map(r -> Math.round(r * 10) / 10.0).orElse(null),
          b.timeLeft(now).map(d -> d.toSeconds()).orElse(null),
          b.startedBy(),
          b.startedAt().toString(),
          b.finishedAt() == null ? null : b.finishedAt().toString(),
          failures);
    }
  }

  @RolesAllowed({Role.CAPTURISTA, Role.REGISTRADOR, Role.AUDITOR, Role.ADMIN})
  @GET
  public Listing list() {
    return new Listing(
        batches.batches().stream().map(b -> ProgressView.of(b, null, null)).toList(),
        batches.waiting());
  }

  @RolesAllowed({Role.CAPTURISTA, Role.ADMIN})
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response start(StartRequest request) {
    Violations violations = new Violations();
    if (request == null || request.source() == null || request.source().isBlank()) {
      violations.add("source", "indique el nombre del lote en la bandeja");
    }
    violations.throwIfAny();
    return started(batches.start(request.source()));
  }

  @RolesAllowed({Role.CAPTURISTA, Role.ADMIN})
  @POST
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  public Response upload(@FormParam("file") EntityPart file) throws IOException {
    return started(UploadedFile.use(file, (name, content) -> batches.upload(content)));
  }

  @RolesAllowed({Role.CAPTURISTA, Role.REGISTRADOR, Role.AUDITOR, Role.ADMIN})
  @GET
  @Path("/{id}")
  public ProgressView progress(@PathParam("id") long id) {
    LegacyBatches.Progress p = batches.progress(id);
    return ProgressView.of(p.batch(), p.jobStatus(), p.failures());
  }

  @RolesAllowed({Role.CAPTURISTA, Role.ADMIN})
  @POST
  @Path("/{id}/restart")
  public Response restart(@PathParam("id") long id) {
    return started(batches.restart(id));
  }

  private static Response started(LegacyBatch batch) {
    return Response.accepted(ProgressView.of(batch, "STARTED", List.of()))
        .location(URI.create("/api/legacy-batches/" + batch.id()))
        .build();
  }
}
