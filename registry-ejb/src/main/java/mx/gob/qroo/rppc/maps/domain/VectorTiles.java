package mx.gob.qroo.rppc.maps.domain;

import java.time.LocalDate;

/** Mapbox vector tiles of the map layers, drawn by PostGIS ({@code ST_AsMVT}). */
public interface VectorTiles {

  /**
   * The tile (empty below the layer's minimum zoom or where it has nothing) and the layer's {@link
   * #version}, read together; zones are those of the plan versions in force on {@code day}.
   */
  VersionedTile tile(TileLayer layer, TileAddress address, LocalDate day);

  /** A number that changes whenever the layer's data may have changed. */
  long version(TileLayer layer);
}
