package mx.gob.qroo.rppc.web.shared.rest;

import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.ext.Provider;

/** A resource method's {@code RolesAllowed} refused the caller: 403, logged as DENIED. */
@Provider
public class RoleRefusedMapper extends DeniedCallMapper<ForbiddenException> {}
