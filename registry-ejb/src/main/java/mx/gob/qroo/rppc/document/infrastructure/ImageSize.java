package mx.gob.qroo.rppc.document.infrastructure;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import javax.imageio.ImageReader;

/**
 * Whether a scanned image is too large to read, judged from its header (every page of a TIFF)
 * without decoding a pixel: a few kilobytes can declare billions of pixels, which Tesseract would
 * try to allocate. Such a document fails with this reason instead of reaching Tika.
 */
public final class ImageSize {

  /**
   * The most pixels a page may have. Tesseract's image library refuses 2^31 bytes or more, and
   * holds colour at 4 bytes a pixel; a 90 × 120 cm plan scanned at 300 dpi has ~150 million.
   */
  public static final long MAX_PIXELS = 250_000_000L;

  private static final Locale SPANISH = Locale.forLanguageTag("es-MX");

  private ImageSize() {}

  /** Why the image is too large to read; empty when it is not, or when it is no image at all. */
  public static Optional<String> tooLarge(Path file, String mediaType) {
    if (!mediaType.startsWith("image/")) {
      return Optional.empty();
    }
    long[] largest;
    try {
      largest = ImageFiles.read(file, ImageSize::largestPage);
    } catch (IOException | RuntimeException e) {
      return Optional.empty(); // what is wrong with it is Tika's to say
    }
    if (largest[0] * largest[1] <= MAX_PIXELS) {
      return Optional.empty();
    }
    return Optional.of(
        String.format(
            SPANISH,
            "la imagen mide %,d × %,d píxeles: más de los %,d millones que se pueden leer",
            largest[0],
            largest[1],
            MAX_PIXELS / 1_000_000));
  }

  private static long[] largestPage(ImageReader reader) throws IOException {
    long[] largest = {0, 0};
    int pages = reader.getNumImages(true);
    for (int page = 0; page < pages; page++) {
      long width = reader.getWidth(page);
      long height = reader.getHeight(page);
      if (width * height > largest[0] * largest[1]) {
        largest = new long[] {width, height};
      }
    }
    return largest;
  }
}
