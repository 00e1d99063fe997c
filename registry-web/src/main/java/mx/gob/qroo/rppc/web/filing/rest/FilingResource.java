package mx.gob.qroo.rppc.web.filing.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import mx.gob.qroo.rppc.filing.application.FilingExamination;
import mx.gob.qroo.rppc.filing.application.FilingQueries;
import mx.gob.qroo.rppc.filing.application.FilingReception;
import mx.gob.qroo.rppc.filing.application.InscriptionSignature;
import mx.gob.qroo.rppc.filing.application.ReceivedFiling;
import mx.gob.qroo.rppc.filing.domain.ExaminationDecision;
import mx.gob.qroo.rppc.shared.domain.Role;
import mx.gob.qroo.rppc.shared.domain.Violations;
import mx.gob.qroo.rppc.web.shared.rest.JsonbProvider;

/** Staff API of filings. Who may call what is decided by the application services' roles. */
@Path("/filings")
@Produces(MediaType.APPLICATION_JSON)
public class FilingResource {

  @Inject FilingReception reception;
  @Inject FilingQueries queries;
  @Inject FilingExamination examination;

  /** Paged work queue of an office in prelación order. */
  public record Queue(long total, int offset, List<FilingResponses.Details> filings) {}

  @RolesAllowed(Role.CAPTURISTA)
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response receive(
      ReceptionRequest request,
      @HeaderParam("Idempotency-Key") String idempotencyKey,
      @Context UriInfo uriInfo) {
    ReceivedFiling filing = reception.receive(required(request).toCommand(), idempotencyKey);
    return Response.created(uriInfo.getAbsolutePathBuilder().path(filing.entryNumber()).build())
        .entity(FilingResponses.Receipt.of(filing))
        .build();
  }

  @RolesAllowed({Role.CAPTURISTA, Role.REGISTRADOR, Role.AUDITOR, Role.ADMIN})
  @GET
  @Path("/{entryNumber}")
  public FilingResponses.Details byEntryNumber(@PathParam("entryNumber") String entryNumber) {
    return FilingResponses.Details.of(queries.byEntryNumber(entryNumber));
  }

  @RolesAllowed({Role.CAPTURISTA, Role.REGISTRADOR, Role.AUDITOR, Role.ADMIN})
  @GET
  public List<FilingResponses.Details> latest(@QueryParam("limit") @DefaultValue("50") int limit) {
    return queries.latest(limit).stream().map(FilingResponses.Details::of).toList();
  }

  @RolesAllowed({Role.CAPTURISTA, Role.REGISTRADOR, Role.AUDITOR, Role.ADMIN})
  @GET
  @Path("/queue")
  public Queue queue(
      @QueryParam("office") String office,
      @QueryParam("status") List<String> statuses,
      @QueryParam("offset") @DefaultValue("0") int offset,
      @QueryParam("limit") @DefaultValue("50") int limit) {
    var page = queries.queue(office, statuses, offset, limit);
    return new Queue(
        page.total(),
        page.offset(),
        page.filings().stream().map(FilingResponses.Details::of).toList());
  }

  /**
   * The body ({@code {"registrar": "..."}}) is optional: without it the filing goes to the caller.
   */
  @RolesAllowed({Role.REGISTRADOR, Role.ADMIN})
  @POST
  @Path("/{entryNumber}/assignment")
  @Consumes(MediaType.WILDCARD)
  public FilingResponses.Details assign(@PathParam("entryNumber") String entryNumber, String body) {
    String registrar = null;
    if (body != null && !body.isBlank()) {
      try {
        registrar = JsonbProvider.shared().fromJson(body, ReasonRequest.class).registrar();
      } catch (JsonbException e) {
        throw new ProcessingException(e);
      }
    }
    return FilingResponses.Details.of(examination.assign(entryNumber, registrar));
  }

  @RolesAllowed(Role.REGISTRADOR)
  @POST
  @Path("/{entryNumber}/examination")
  @Consumes(MediaType.APPLICATION_JSON)
  public FilingResponses.Details examine(
      @PathParam("entryNumber") String entryNumber, ExaminationRequest body) {
    ExaminationRequest request = required(body);
    Violations violations = new Violations();
    ExaminationDecision decision =
        violations.parse("decision", request.decision(), ExaminationDecision::parse);
    InscriptionSignature signature = request.inscriptionSignature(violations);
    violations.throwIfAny();
    return FilingResponses.Details.of(
        examination.examine(
            entryNumber, decision, request.grounds(), request.correctionTermDays(), signature));
  }

  /** The bytes the registrar signs to inscribe the filing, and the entries they state. */
  @RolesAllowed(Role.REGISTRADOR)
  @GET
  @Path("/{entryNumber}/examination/to-be-signed")
  public StatementToSignResponse toBeSigned(@PathParam("entryNumber") String entryNumber) {
    return StatementToSignResponse.of(examination.statementToSign(entryNumber));
  }

  @RolesAllowed({Role.CAPTURISTA, Role.REGISTRADOR})
  @POST
  @Path("/{entryNumber}/withdrawal")
  @Consumes(MediaType.APPLICATION_JSON)
  public FilingResponses.Details withdraw(
      @PathParam("entryNumber") String entryNumber, ReasonRequest body) {
    return FilingResponses.Details.of(examination.withdraw(entryNumber, required(body).reason()));
  }

  @RolesAllowed({Role.CAPTURISTA, Role.REGISTRADOR})
  @POST
  @Path("/{entryNumber}/correction")
  @Consumes(MediaType.APPLICATION_JSON)
  public FilingResponses.Details correct(
      @PathParam("entryNumber") String entryNumber, ReasonRequest body) {
    return FilingResponses.Details.of(examination.correct(entryNumber, required(body).note()));
  }

  private static <T> T required(T body) {
    if (body == null) {
      Violations missing = new Violations();
      missing.add("body", "falta el cuerpo JSON de la solicitud");
      missing.throwIfAny();
    }
    return body;
  }
}
