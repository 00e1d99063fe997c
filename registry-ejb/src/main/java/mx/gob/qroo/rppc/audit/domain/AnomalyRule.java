package mx.gob.qroo.rppc.audit.domain;

/**
 * The rules that look for corruption in the access log. Each names what it found in words an
 * auditor reads, and every alert it raises lists the access events behind it.
 */
public enum AnomalyRule {
  PRELACION_SKIP(
      "Intento de saltar la prelación",
      "Un registrador intentó inscribir una solicitud mientras otras anteriores sobre el mismo folio"
          + " seguían pendientes; el sistema lo rechazó."),
  UNJUSTIFIED_ACCESS(
      "Consulta sin justificación",
      "Consultas de un folio o una solicitud sin motivo declarado ni solicitud que las ligue al"
          + " trabajo del usuario (turnada a él, recibida o calificada por él, o un folio que él abrió)."),
  BULK_ACCESS(
      "Consulta masiva",
      "En una hora, al menos "
          + AnomalyRule.BULK_MIN_READS
          + " lecturas y más de "
          + AnomalyRule.BULK_FACTOR
          + " veces el promedio por hora del propio usuario y de sus pares (mismo rol) en los "
          + AnomalyRule.BASELINE_DAYS
          + " días anteriores."),
  OUT_OF_HOURS(
      "Acceso fuera de horario",
      "Accesos en fin de semana, día inhábil o fuera del horario de la oficina del usuario (hora de"
          + " Cancún)."),
  FAST_RESOLUTION(
      "Resolución inusualmente rápida",
      "Una solicitud resuelta en menos de la quinta parte de la mediana de su tipo de trámite, sin"
          + " motivo registrado en la resolución."),
  STAFF_AS_PARTY(
      "Personal que actúa en asunto propio",
      "Un empleado recibió o calificó una solicitud en la que es parte: solicitante, adquirente o"
          + " titular en el folio (según su CURP en el directorio de personal)."),
  CROSS_OFFICE_READ(
      "Consulta fuera de su oficina",
      "Un capturista o registrador consultó (o intentó consultar) una solicitud o un folio de una"
          + " oficina en la que no trabaja, por usuario, recurso y día; las consultas permitidas"
          + " por una solicitud de su oficina que nombra el folio también se señalan."),
  SELF_REASSIGNMENT(
      "Reasignación a sí mismo",
      "Un registrador intentó tomar una solicitud turnada a otro (el sistema lo rechazó), o un"
          + " administrador se turnó a sí mismo una solicitud que tenía otro registrador.");

  /** Bulk access: reads in one hour below this are never bulk. */
  public static final int BULK_MIN_READS = 50;

  /** Bulk access: how many times the baselines an hour's reads must exceed. */
  public static final int BULK_FACTOR = 4;

  /** Bulk access: the days before the hour whose reads make the baselines. */
  public static final int BASELINE_DAYS = 28;

  /** Fast resolution: the share of the median time to resolve below which a resolution is fast. */
  public static final double FAST_SHARE_OF_MEDIAN = 0.2;

  /** Fast resolution: resolutions of the type needed before its median means anything. */
  public static final int FAST_MIN_SAMPLES = 5;

  private final String title;
  private final String explanation;

  AnomalyRule(String title, String explanation) {
    this.title = title;
    this.explanation = explanation;
  }

  public String title() {
    return title;
  }

  /** How the rule decides, for the auditor. */
  public String explanation() {
    return explanation;
  }
}
