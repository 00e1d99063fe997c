package mx.gob.qroo.rppc.web.document.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import mx.gob.qroo.rppc.document.application.DocumentReads;
import mx.gob.qroo.rppc.document.domain.DocumentHit;
import mx.gob.qroo.rppc.document.domain.DocumentQuery;
import mx.gob.qroo.rppc.shared.domain.Role;
import mx.gob.qroo.rppc.shared.domain.Violations;
import mx.gob.qroo.rppc.web.shared.rest.Days;

/**
 * {@code GET /search/documents?q=…&office=&folio=&procedureType=&from=&to=&offset=&limit=}:
 * documents whose text matches, in Spanish and without regard to accents, best first, with
 * snippets; every search is an access event.
 */
@Path("/search/documents")
public class DocumentSearchResource {

  @Inject DocumentReads documents;

  /** The answer: the hits of the page asked for. */
  public record Hits(List<DocumentHit> hits, int offset, int limit) {}

  @RolesAllowed({Role.CAPTURISTA, Role.REGISTRADOR, Role.AUDITOR, Role.ADMIN})
  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public Hits search(
      @QueryParam("q") String q,
      @QueryParam("office") String office,
      @QueryParam("folio") String folio,
      @QueryParam("procedureType") String procedureType,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("offset") @DefaultValue("0") int offset,
      @QueryParam("limit") @DefaultValue("20") int limit) {
    Violations violations = new Violations();
    LocalDate fromDay = from == null ? null : violations.parse("from", from, Days::parse);
    LocalDate toDay = to == null ? null : violations.parse("to", to, Days::parse);
    violations.throwIfAny();
    DocumentQuery query =
        new DocumentQuery(
            q,
            blankToNull(office),
            blankToNull(folio),
            blankToNull(procedureType),
            fromDay,
            toDay,
            offset,
            limit);
    return new Hits(documents.search(query), offset, limit);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip().toUpperCase(Locale.ROOT);
  }
}
