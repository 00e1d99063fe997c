package mx.gob.qroo.rppc.document.infrastructure;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Optional;
import javax.imageio.ImageIO;

/**
 * The pages of a TIFF: how many (Tika does not say), and one of them as PNG for browsers (which do
 * not show TIFF). Scanned deeds and book pages often come as multi-page TIFFs.
 */
public final class TiffPages {

  private TiffPages() {}

  /**
   * Writes page {@code index} (from 0) of the TIFF as PNG.
   *
   * @return false when the TIFF has no such page
   */
  public static boolean writePng(Path tiff, int index, OutputStream out) throws IOException {
    return ImageFiles.read(
        tiff,
        reader -> {
          if (index < 0 || index >= reader.getNumImages(true)) {
            return false;
          }
          BufferedImage page = reader.read(index);
          ImageIO.write(page, "png", out);
          return true;
        });
  }

  /** The number of pages, or empty when the file cannot be read as a TIFF. */
  public static Optional<Integer> count(Path tiff) {
    try {
      return Optional.of(ImageFiles.read(tiff, reader -> reader.getNumImages(true)));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }
}
