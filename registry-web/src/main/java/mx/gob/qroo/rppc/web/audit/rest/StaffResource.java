package mx.gob.qroo.rppc.web.audit.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import mx.gob.qroo.rppc.audit.application.StaffRecords;
import mx.gob.qroo.rppc.audit.domain.StaffMember;
import mx.gob.qroo.rppc.shared.domain.Role;
import mx.gob.qroo.rppc.shared.domain.Violations;

/** The staff directory the anomaly rules read (administrator writes, auditors read). */
@Path("/staff")
@Produces(MediaType.APPLICATION_JSON)
public class StaffResource {

  /** A member as the API shows and takes it; {@code curp} and {@code office} may be absent. */
  public record StaffJson(String userName, String fullName, String curp, String office) {
    static StaffJson of(StaffMember m) {
      return new StaffJson(
          m.userName(),
          m.fullName(),
          m.curp() == null ? null : m.curp().value(),
          m.office() == null ? null : m.office().name());
    }
  }

  @Inject StaffRecords staff;

  @RolesAllowed({Role.AUDITOR, Role.ADMIN})
  @GET
  public List<StaffJson> all() {
    return staff.all().members().stream().map(StaffJson::of).toList();
  }

  @RolesAllowed(Role.ADMIN)
  @PUT
  @Path("/{userName}")
  @Consumes(MediaType.APPLICATION_JSON)
  public StaffJson register(@PathParam("userName") String userName, StaffJson body) {
    if (body == null) {
      Violations missing = new Violations();
      missing.add("body", "falta el cuerpo JSON: {\"fullName\": …, \"curp\": …, \"office\": …}");
      missing.throwIfAny();
    }
    return StaffJson.of(staff.register(userName, body.fullName(), body.curp(), body.office()));
  }
}
