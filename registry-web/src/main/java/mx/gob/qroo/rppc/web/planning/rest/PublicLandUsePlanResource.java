package mx.gob.qroo.rppc.web.planning.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import mx.gob.qroo.rppc.planning.application.LandUsePlanQueries;
import mx.gob.qroo.rppc.planning.application.LandUsePlanQueries.PlanWithZones;
import mx.gob.qroo.rppc.shared.domain.Violations;
import mx.gob.qroo.rppc.web.shared.rest.Days;

/**
 * Land-use plans for anyone: every version ({@code ?date=} keeps those in force that day) and one
 * version with its zones and their norms.
 */
@Path("/public/plans")
@Produces(MediaType.APPLICATION_JSON)
public class PublicLandUsePlanResource {

  @Inject LandUsePlanQueries plans;

  @PermitAll
  @GET
  public List<PublicPlan> plans(@QueryParam("date") String date) {
    Violations violations = new Violations();
    LocalDate day = violations.parseOptional("date", date, Days::parse);
    violations.throwIfAny();
    return plans.plans(day).stream().map(PublicPlan::of).toList();
  }

  @PermitAll
  @GET
  @Path("/{id}")
  public PublicPlan.WithZones plan(@PathParam("id") long id) {
    PlanWithZones plan = plans.plan(id);
    return new PublicPlan.WithZones(PublicPlan.of(plan.plan()), plan.zones());
  }
}
