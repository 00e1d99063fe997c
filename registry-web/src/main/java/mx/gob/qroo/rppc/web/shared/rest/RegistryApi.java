package mx.gob.qroo.rppc.web.shared.rest;

import jakarta.ws.rs.core.Application;

/**
 * The REST API. Mapped to the root of the API web archive (context /api) by its web.xml rather than
 * by {@code @ApplicationPath}, so that the browser archive, which carries the same classes minus
 * the resources, never activates it.
 */
public class RegistryApi extends Application {}
