package mx.gob.qroo.rppc.cadastre.domain;

import java.math.BigDecimal;
import java.util.List;

/**
 * One thing a topology check found: the parcels involved (cadastral keys) and the property folios
 * that cover them, how much (m² of overlap, outside or gap; compactness for a sliver) and where (a
 * WKT point in EPSG:6371).
 */
public record TopologyFinding(
    TopologyCheck check,
    List<String> cadastralKeys,
    List<String> folios,
    BigDecimal measure,
    String location) {

  public TopologyFinding {
    cadastralKeys = List.copyOf(cadastralKeys);
    folios = List.copyOf(folios);
  }
}
