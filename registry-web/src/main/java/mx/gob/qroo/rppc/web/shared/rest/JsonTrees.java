package mx.gob.qroo.rppc.web.shared.rest;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;

/** A tree of plain values, as {@link YamlTrees} reads them, as the same JSON value. */
public final class JsonTrees {

  private JsonTrees() {}

  public static JsonValue of(Object value) {
    if (value == null) {
      return JsonValue.NULL;
    }
    if (value instanceof Map<?, ?> map) {
      JsonObjectBuilder object = Json.createObjectBuilder();
      map.forEach((key, member) -> object.add(String.valueOf(key), of(member)));
      return object.build();
    }
    if (value instanceof List<?> list) {
      JsonArrayBuilder array = Json.createArrayBuilder();
      list.forEach(item -> array.add(of(item)));
      return array.build();
    }
    if (value instanceof String text) {
      return Json.createValue(text);
    }
    if (value instanceof Boolean bool) {
      return bool ? JsonValue.TRUE : JsonValue.FALSE;
    }
    if (value instanceof BigInteger integer) {
      return Json.createValue(integer);
    }
    if (value instanceof BigDecimal decimal) {
      return Json.createValue(decimal);
    }
    throw new IllegalArgumentException(
        "sin equivalente en JSON: " + value.getClass().getSimpleName() + " " + value);
  }
}
