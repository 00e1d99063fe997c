package mx.gob.qroo.rppc.web.maps.rest;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.LinkedHashSet;
import java.util.Set;
import org.owasp.encoder.Encode;

/**
 * The HTML form of the OGC API pages (Part 1's HTML encoding): title and description, links,
 * collections as a list, and features as a table of their properties with a link to each. Every
 * text from the data is escaped.
 */
final class OgcHtml {

  private OgcHtml() {}

  static String page(JsonObject body) {
    StringBuilder html = new StringBuilder(4096);
    String title = text(body, "title", "OGC API - Features");
    html.append("<!DOCTYPE html><html lang=\"es\"><head><meta charset=\"UTF-8\">")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        .append("<title>")
        .append(escape(title))
        .append("</title><style>body{font-family:sans-serif;margin:1rem 2rem;color:#1a1a1a}")
        .append("table{border-collapse:collapse}td,th{border:1px solid #999;padding:.25rem .5rem;")
        .append("text-align:left;vertical-align:top}a{color:#0645ad}</style></head><body>")
        .append("<h1>")
        .append(escape(title))
        .append("</h1>");
    if (body.containsKey("description")) {
      html.append("<p>").append(escape(text(body, "description", ""))).append("</p>");
    }
    if (body.containsKey("conformsTo")) {
      list(html, body.getJsonArray("conformsTo"));
    }
    if (body.containsKey("collections")) {
      html.append("<h2>Colecciones</h2><ul>");
      for (JsonValue value : body.getJsonArray("collections")) {
        JsonObject c = value.asJsonObject();
        html.append("<li><a href=\"")
            .append(escape(htmlLink(c, "items")))
            .append("\">")
            .append(escape(text(c, "title", text(c, "id", ""))))
            .append("</a>: ")
            .append(escape(text(c, "description", "")))
            .append("</li>");
      }
      html.append("</ul>");
    }
    if ("Feature".equals(text(body, "type", ""))) {
      properties(html, body.getJsonObject("properties"));
    }
    if (body.containsKey("features")) {
      features(html, body.getJsonArray("features"), body);
    }
    if (body.containsKey("links")) {
      html.append("<h2>Enlaces</h2><ul>");
      for (JsonValue value : body.getJsonArray("links")) {
        JsonObject link = value.asJsonObject();
        html.append("<li><a href=\"")
            .append(escape(text(link, "href", "")))
            .append("\">")
            .append(escape(text(link, "title", text(link, "rel", ""))))
            .append("</a> (")
            .append(escape(text(link, "rel", "")))
            .append(", ")
            .append(escape(text(link, "type", "")))
            .append(")</li>");
      }
      html.append("</ul>");
    }
    return html.append("</body></html>").toString();
  }

  private static void features(StringBuilder html, JsonArray features, JsonObject page) {
    html.append("<p>")
        .append(page.getInt("numberReturned", features.size()))
        .append(" elemento(s)")
        .append(
            page.containsKey("numberMatched")
                ? " de " + page.getJsonNumber("numberMatched").longValue()
                : "")
        .append("</p>");
    Set<String> columns = new LinkedHashSet<>();
    features.forEach(f -> columns.addAll(f.asJsonObject().getJsonObject("properties").keySet()));
    html.append("<table><thead><tr><th>id</th>");
    columns.forEach(c -> html.append("<th>").append(escape(c)).append("</th>"));
    html.append("</tr></thead><tbody>");
    String self = selfLink(page);
    for (JsonValue value : features) {
      JsonObject feature = value.asJsonObject();
      String id = text(feature, "id", "");
      html.append("<tr><td><a href=\"")
          .append(escape(self + "/" + encodePath(id) + "?f=html"))
          .append("\">")
          .append(escape(id))
          .append("</a></td>");
      JsonObject properties = feature.getJsonObject("properties");
      for (String column : columns) {
        html.append("<td>").append(escape(value(properties.get(column)))).append("</td>");
      }
      html.append("</tr>");
    }
    html.append("</tbody></table>");
  }

  private static void properties(StringBuilder html, JsonObject properties) {
    html.append("<table><tbody>");
    properties.forEach(
        (k, v) ->
            html.append("<tr><th>")
                .append(escape(k))
                .append("</th><td>")
                .append(escape(value(v)))
                .append("</td></tr>"));
    html.append("</tbody></table>");
  }

  private static void list(StringBuilder html, JsonArray values) {
    html.append("<ul>");
    values.forEach(v -> html.append("<li>").append(escape(value(v))).append("</li>"));
    html.append("</ul>");
  }

  /** The items URL without its query: the base of each feature's own URL. */
  private static String selfLink(JsonObject page) {
    for (JsonValue value : page.getJsonArray("links")) {
      JsonObject link = value.asJsonObject();
      if ("self".equals(text(link, "rel", ""))) {
        String href = text(link, "href", "");
        int query = href.indexOf('?');
        return query < 0 ? href : href.substring(0, query);
      }
    }
    return "";
  }

  private static String htmlLink(JsonObject collection, String rel) {
    for (JsonValue value : collection.getJsonArray("links")) {
      JsonObject link = value.asJsonObject();
      if (rel.equals(text(link, "rel", "")) && "text/html".equals(text(link, "type", ""))) {
        return text(link, "href", "");
      }
    }
    return "";
  }

  private static String encodePath(String segment) {
    return java.net.URLEncoder.encode(segment, java.nio.charset.StandardCharsets.UTF_8)
        .replace("+", "%20");
  }

  private static String text(JsonObject object, String key, String fallback) {
    JsonValue value = object.get(key);
    return value == null || value.getValueType() == JsonValue.ValueType.NULL
        ? fallback
        : value(value);
  }

  private static String value(JsonValue value) {
    if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
      return "";
    }
    return value instanceof JsonString s ? s.getString() : value.toString();
  }

  private static String escape(String text) {
    return Encode.forHtml(text);
  }
}
