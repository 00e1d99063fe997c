package mx.gob.qroo.rppc.web.cadastre;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.util.List;
import mx.gob.qroo.rppc.cadastre.domain.MapFeature;

/** Map features as GeoJSON, for the OGC API and for the planners' map alike. */
public final class FeatureJson {

  private FeatureJson() {}

  public static JsonObjectBuilder feature(MapFeature f) {
    try (JsonReader geometry = Json.createReader(new StringReader(f.geometryGeoJson()));
        JsonReader properties = Json.createReader(new StringReader(f.propertiesJson()))) {
      return Json.createObjectBuilder()
          .add("type", "Feature")
          .add("id", f.id())
          .add("geometry", geometry.readObject())
          .add("properties", properties.readObject());
    }
  }

  public static JsonArrayBuilder features(List<MapFeature> features) {
    JsonArrayBuilder array = Json.createArrayBuilder();
    features.forEach(f -> array.add(feature(f)));
    return array;
  }
}
