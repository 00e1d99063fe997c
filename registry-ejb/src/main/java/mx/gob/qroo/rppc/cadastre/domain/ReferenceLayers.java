package mx.gob.qroo.rppc.cadastre.domain;

/** The INEGI reference layers kept in the database, and their imports. */
public interface ReferenceLayers {

  /**
   * Imports a layer in the current transaction: published whole, or rejected whole with its report
   * kept. Refuses with {@link IllegalArgumentException} a source it cannot read, whose CRS is
   * unknown, or that lacks the mapped attributes.
   */
  LayerImportReport importLayer(LayerImportRequest request, String actor);
}
