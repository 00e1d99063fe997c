package mx.gob.qroo.rppc.web.audit.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import mx.gob.qroo.rppc.audit.application.AlertReviews;
import mx.gob.qroo.rppc.audit.domain.AlertQuery;
import mx.gob.qroo.rppc.audit.domain.AlertStatus;
import mx.gob.qroo.rppc.audit.domain.AnomalyRule;
import mx.gob.qroo.rppc.shared.domain.Role;
import mx.gob.qroo.rppc.shared.domain.Violations;

/**
 * For auditors: the alerts the anomaly rules raised, each with the events behind it, and their
 * review (a status and a note, kept and logged).
 */
@Path("/audit/alerts")
@Produces(MediaType.APPLICATION_JSON)
public class AlertsResource {

  /** Body of a review: {@code status} (OPEN, EXPLAINED, ESCALATED) and the auditor's note. */
  public record ReviewRequest(String status, String note) {}

  @Inject AlertReviews reviews;

  @RolesAllowed(Role.AUDITOR)
  @GET
  public AlertReviews.Page queue(
      @QueryParam("status") String status,
      @QueryParam("rule") String rule,
      @QueryParam("actor") String actor,
      @QueryParam("offset") @DefaultValue("0") int offset,
      @QueryParam("limit") @DefaultValue("50") int limit) {
    Violations violations = new Violations();
    AlertStatus validStatus = violations.parseOptional("status", status, AlertStatus::parse);
    AnomalyRule validRule =
        violations.parseOptional("rule", rule, r -> Violations.named(AnomalyRule.class, r));
    violations.throwIfAny();
    String who = actor == null || actor.isBlank() ? null : actor.trim();
    return reviews.queue(new AlertQuery(validStatus, validRule, who), offset, limit);
  }

  @RolesAllowed(Role.AUDITOR)
  @GET
  @Path("/{id}")
  public AlertReviews.Detail alert(@PathParam("id") long id) {
    return reviews.alert(id);
  }

  @RolesAllowed(Role.AUDITOR)
  @POST
  @Path("/{id}/reviews")
  @Consumes(MediaType.APPLICATION_JSON)
  public AlertReviews.Reviewed review(@PathParam("id") long id, ReviewRequest body) {
    if (body == null) {
      Violations missing = new Violations();
      missing.add("body", "falta el cuerpo JSON: {\"status\": …, \"note\": …}");
      missing.throwIfAny();
    }
    return reviews.review(id, body.status(), body.note());
  }

  /** Runs the rules now over what the log gained since their last run (they run every minute). */
  @RolesAllowed(Role.AUDITOR)
  @POST
  @Path("/detection")
  public AlertReviews.Detection detectNow() {
    return reviews.detectNow();
  }
}
