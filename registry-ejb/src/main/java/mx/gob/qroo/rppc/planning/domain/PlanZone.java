package mx.gob.qroo.rppc.planning.domain;

import java.math.BigDecimal;
import java.util.List;

/**
 * A zone of a plan version (zona secundaria of a PDU or UGA of a POEL) and its norms: uses allowed,
 * conditional and prohibited, density in dwellings per hectare, COS, CUS and maximum height for a
 * PDU; the UGA's policy and criteria codes for a POEL. Absent norms are null.
 */
public record PlanZone(
    long id,
    String code,
    String name,
    List<String> allowedUses,
    List<String> conditionalUses,
    List<String> prohibitedUses,
    BigDecimal densityDwellingsPerHa,
    BigDecimal cos,
    BigDecimal cus,
    BigDecimal maxHeightM,
    UgaPolicy ugaPolicy,
    List<String> criteria,
    BigDecimal areaM2) {}
