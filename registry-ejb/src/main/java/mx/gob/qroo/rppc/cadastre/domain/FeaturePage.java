package mx.gob.qroo.rppc.cadastre.domain;

import java.util.List;

/** One page of features and how many match the request in all. */
public record FeaturePage(List<BoundaryFeature> features, long numberMatched) {

  public FeaturePage {
    features = List.copyOf(features);
  }
}
