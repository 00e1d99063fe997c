package mx.gob.qroo.rppc.maps.domain;

import java.util.Locale;

/**
 * The layers served as Mapbox vector tiles (EPSG:3857 tile grid): municipal boundaries and the
 * zones of the plans in force (public), parcels (staff and planners, from {@link #minZoom}).
 */
public enum TileLayer {
  MUNICIPALITIES(0, false),
  ZONES(10, false),
  PARCELS(13, true);

  private final int minZoom;
  private final boolean restricted;

  TileLayer(int minZoom, boolean restricted) {
    this.minZoom = minZoom;
    this.restricted = restricted;
  }

  /** Below this zoom the layer's tiles are empty: too many features to draw usefully. */
  public int minZoom() {
    return minZoom;
  }

  public boolean restricted() {
    return restricted;
  }

  /**
   * The name in URLs and inside the tile: {@code municipalities}, {@code zones}, {@code parcels}.
   */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static TileLayer of(String id) {
    for (TileLayer layer : values()) {
      if (layer.id().equals(id)) {
        return layer;
      }
    }
    throw new IllegalArgumentException(
        "capa de teselas desconocida '" + id + "': municipalities, zones o parcels");
  }
}
