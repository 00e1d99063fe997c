package mx.gob.qroo.rppc.shared.domain;

import java.util.List;

/** Realm roles of Keycloak realm {@code rppc}, as used in {@code @RolesAllowed}. */
public final class Role {

  public static final String CAPTURISTA = "capturista";
  public static final String REGISTRADOR = "registrador";
  public static final String AUDITOR = "auditor";
  public static final String PLANEADOR = "planeador";
  public static final String ADMIN = "admin";

  public static final List<String> ALL =
      List.of(CAPTURISTA, REGISTRADOR, AUDITOR, PLANEADOR, ADMIN);

  private Role() {}
}
