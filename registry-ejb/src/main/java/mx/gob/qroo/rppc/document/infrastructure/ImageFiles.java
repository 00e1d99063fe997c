package mx.gob.qroo.rppc.document.infrastructure;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/** An image file opened with the reader its bytes call for (PNG, JPEG, TIFF), for one reading. */
final class ImageFiles {

  private ImageFiles() {}

  interface Reading<T> {
    T with(ImageReader reader) throws IOException;
  }

  static <T> T read(Path image, Reading<T> reading) throws IOException {
    try (ImageInputStream in = ImageIO.createImageInputStream(image.toFile())) {
      Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
      if (readers == null || !readers.hasNext()) {
        throw new IOException("no image reader for " + image.getFileName());
      }
      ImageReader reader = readers.next();
      try {
        reader.setInput(in);
        return reading.with(reader);
      } finally {
        reader.dispose();
      }
    }
  }
}
