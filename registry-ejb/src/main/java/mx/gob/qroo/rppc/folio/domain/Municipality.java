package mx.gob.qroo.rppc.folio.domain;

import java.util.Arrays;

/** The eleven municipalities of Quintana Roo by INEGI's geostatistical key (cvegeo). */
public enum Municipality {
  COZUMEL("23001", "Cozumel"),
  FELIPE_CARRILLO_PUERTO("23002", "Felipe Carrillo Puerto"),
  ISLA_MUJERES("23003", "Isla Mujeres"),
  OTHON_P_BLANCO("23004", "Othón P. Blanco"),
  BENITO_JUAREZ("23005", "Benito Juárez"),
  JOSE_MARIA_MORELOS("23006", "José María Morelos"),
  LAZARO_CARDENAS("23007", "Lázaro Cárdenas"),
  SOLIDARIDAD("23008", "Solidaridad"),
  TULUM("23009", "Tulum"),
  BACALAR("23010", "Bacalar"),
  PUERTO_MORELOS("23011", "Puerto Morelos");

  private final String cvegeo;
  private final String displayName;

  Municipality(String cvegeo, String displayName) {
    this.cvegeo = cvegeo;
    this.displayName = displayName;
  }

  public static Municipality of(String cvegeo) {
    return Arrays.stream(values())
        .filter(m -> m.cvegeo.equals(cvegeo == null ? null : cvegeo.trim()))
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "municipio desconocido '" + cvegeo + "' (clave INEGI 23001 a 23011)"));
  }

  public String cvegeo() {
    return cvegeo;
  }

  public String displayName() {
    return displayName;
  }
}
