package mx.gob.qroo.rppc.web.maps;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import mx.gob.qroo.rppc.maps.domain.MapFeature;

/**
 * Map features as GeoJSON, for the OGC API and for the planners' map alike. The JSON factories are
 * made once: {@code Json.createReader} and friends look the provider up again on every call, which
 * on a page of 1,000 features cost more than the query.
 */
public final class FeatureJson {

  private static final JsonProvider PROVIDER = JsonProvider.provider();
  private static final JsonReaderFactory READERS = PROVIDER.createReaderFactory(Map.of());
  private static final JsonBuilderFactory BUILDERS = PROVIDER.createBuilderFactory(Map.of());

  private FeatureJson() {}

  /** Builders of the shared factory, for whoever assembles map JSON. */
  public static JsonBuilderFactory builders() {
    return BUILDERS;
  }

  public static JsonObjectBuilder feature(MapFeature f) {
    try (JsonReader geometry = READERS.createReader(new StringReader(f.geometryGeoJson()));
        JsonReader properties = READERS.createReader(new StringReader(f.propertiesJson()))) {
      return BUILDERS
          .createObjectBuilder()
          .add("type", "Feature")
          .add("id", f.id())
          .add("geometry", geometry.readObject())
          .add("properties", properties.readObject());
    }
  }

  public static JsonArrayBuilder features(List<MapFeature> features) {
    JsonArrayBuilder array = BUILDERS.createArrayBuilder();
    features.forEach(f -> array.add(feature(f)));
    return array;
  }
}
