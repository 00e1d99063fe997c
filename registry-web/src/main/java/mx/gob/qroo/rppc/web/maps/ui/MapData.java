package mx.gob.qroo.rppc.web.maps.ui;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * The map page's data, in the browser archive, so that it is read with the login session of the
 * page (the API archive wants bearer tokens). The web descriptor asks for a login on it.
 */
@ApplicationPath("/mapa/datos")
public class MapData extends Application {}
