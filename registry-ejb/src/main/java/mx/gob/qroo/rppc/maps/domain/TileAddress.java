package mx.gob.qroo.rppc.maps.domain;

/** A tile of the web-mercator grid (EPSG:3857): zoom 0 to 22, column x and row y from the top. */
public record TileAddress(int z, int x, int y) {

  public static final int MAX_ZOOM = 22;

  public TileAddress {
    if (z < 0 || z > MAX_ZOOM) {
      throw new IllegalArgumentException("el zoom va de 0 a " + MAX_ZOOM);
    }
    long side = 1L << z;
    if (x < 0 || x >= side || y < 0 || y >= side) {
      throw new IllegalArgumentException(
          "en el zoom " + z + " las columnas y filas van de 0 a " + (side - 1));
    }
  }

  @Override
  public String toString() {
    return z + "/" + x + "/" + y;
  }
}
