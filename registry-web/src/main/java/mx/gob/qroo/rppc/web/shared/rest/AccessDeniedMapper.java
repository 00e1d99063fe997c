package mx.gob.qroo.rppc.web.shared.rest;

import jakarta.ejb.EJBAccessException;
import jakarta.ws.rs.ext.Provider;

/**
 * A caller whose roles an application service refuses gets 403, not the container's 500, and the
 * attempt goes to the access log (outcome DENIED) with the resource the path names.
 */
@Provider
public class AccessDeniedMapper extends DeniedCallMapper<EJBAccessException> {}
