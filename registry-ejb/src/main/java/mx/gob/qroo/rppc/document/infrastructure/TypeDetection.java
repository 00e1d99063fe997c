package mx.gob.qroo.rppc.document.infrastructure;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;

/**
 * The real media type of a file from its first bytes (Tika's magic numbers), the name only refining
 * a family the bytes already show (a ZIP named {@code .docx} is a DOCX document; bytes of a JPEG
 * named {@code .pdf} stay a JPEG).
 */
public final class TypeDetection {

  private static final Detector DETECTOR = TikaConfig.getDefaultConfig().getMimeRepository();

  private TypeDetection() {}

  public static String of(byte[] head, String fileName) {
    Metadata metadata = new Metadata();
    if (fileName != null) {
      metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
    }
    try (TikaInputStream in = TikaInputStream.get(new ByteArrayInputStream(head))) {
      MediaType type = DETECTOR.detect(in, metadata);
      return type.getBaseType().toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
