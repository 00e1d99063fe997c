package mx.gob.qroo.rppc.document.infrastructure;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;

/**
 * The pages of a TIFF: how many (Tika does not say), and one of them as PNG for browsers (which do
 * not show TIFF). Scanned deeds and book pages often come as multi-page TIFFs.
 */
public final class TiffPages {

  private TiffPages() {}

  /** What became of a page asked for: written, absent, or too large to show within the bound. */
  public enum Shown {
    WRITTEN,
    NO_SUCH_PAGE,
    /** Its strips or tiles alone hold more pixels than the bound: they are decoded whole. */
    TOO_LARGE
  }

  /**
   * Writes page {@code index} (from 0) of the TIFF as PNG, reduced when it has more than {@link
   * ImageSize#MAX_PIXELS}: only every n-th pixel of every n-th row is kept, so a page that declares
   * billions of pixels is shown small rather than decoded whole. Java's TIFF reader still
   * decompresses a strip or tile whole, so a page stored as one huge strip or tile is not shown.
   */
  public static Shown writePng(Path tiff, int index, OutputStream out) throws IOException {
    return writePng(tiff, index, out, ImageSize.MAX_PIXELS);
  }

  /** As {@link #writePng(Path, int, OutputStream)}, with at most {@code maxPixels} decoded. */
  static Shown writePng(Path tiff, int index, OutputStream out, long maxPixels) throws IOException {
    return ImageFiles.read(
        tiff,
        reader -> {
          if (index < 0 || index >= reader.getNumImages(true)) {
            return Shown.NO_SUCH_PAGE;
          }
          // a strip is a "tile" as wide as the page
          if ((long) reader.getTileWidth(index) * reader.getTileHeight(index) > maxPixels) {
            return Shown.TOO_LARGE;
          }
          ImageReadParam param = reader.getDefaultReadParam();
          int step = subsampling(reader.getWidth(index), reader.getHeight(index), maxPixels);
          param.setSourceSubsampling(step, step, 0, 0);
          BufferedImage page = reader.read(index, param);
          ImageIO.write(page, "png", out);
          return Shown.WRITTEN;
        });
  }

  /**
   * The least n for which keeping every n-th pixel of every n-th row leaves at most {@code
   * maxPixels} of a {@code width} × {@code height} page.
   */
  static int subsampling(long width, long height, long maxPixels) {
    int step = Math.max(1, (int) Math.ceil(Math.sqrt((double) width * height / maxPixels)));
    while (ceilDiv(width, step) * ceilDiv(height, step) > maxPixels) {
      step++;
    }
    return step;
  }

  private static long ceilDiv(long size, int step) {
    return (size + step - 1) / step;
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
