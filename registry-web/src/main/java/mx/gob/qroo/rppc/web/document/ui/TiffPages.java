package mx.gob.qroo.rppc.web.document.ui;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * One page of a TIFF as PNG, for browsers (which do not show TIFF): scanned deeds and book pages
 * often come as multi-page TIFFs, shown one page at a time.
 */
final class TiffPages {

  private TiffPages() {}

  /**
   * Writes page {@code index} (from 0) of the TIFF as PNG.
   *
   * @return false when the TIFF has no such page
   */
  static boolean writePng(Path tiff, int index, OutputStream out) throws IOException {
    try (ImageInputStream in = ImageIO.createImageInputStream(tiff.toFile())) {
      Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
      if (!readers.hasNext()) {
        throw new IOException("no TIFF reader");
      }
      ImageReader reader = readers.next();
      try {
        reader.setInput(in);
        if (index < 0 || index >= reader.getNumImages(true)) {
          return false;
        }
        BufferedImage page = reader.read(index);
        ImageIO.write(page, "png", out);
        return true;
      } finally {
        reader.dispose();
      }
    }
  }
}
