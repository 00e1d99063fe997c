package mx.gob.qroo.rppc.maps.domain;

import java.util.List;
import mx.gob.qroo.rppc.shared.domain.SearchAnswer;

/**
 * One page of a collection's features (titled as the collection); whether more follow it; and how
 * many match the request in all, when that is cheap to know (null for the parcels, whose count
 * would cost more than the page).
 */
public record FeaturePage(String title, List<MapFeature> features, boolean more, Long numberMatched)
    implements SearchAnswer {

  @Override
  public List<?> items() {
    return features;
  }

  public FeaturePage {
    features = List.copyOf(features);
  }
}
