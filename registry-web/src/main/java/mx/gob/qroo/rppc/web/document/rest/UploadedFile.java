package mx.gob.qroo.rppc.web.document.rest;

import jakarta.ws.rs.core.EntityPart;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import mx.gob.qroo.rppc.shared.domain.InvalidRequestException;
import mx.gob.qroo.rppc.shared.domain.Violation;

/** The multipart field {@code file} of an upload, streamed to whoever stores it. */
final class UploadedFile {

  /** What is done with the file's name and bytes. */
  interface Use<T> {
    T with(String fileName, InputStream content);
  }

  private UploadedFile() {}

  static <T> T use(EntityPart file, Use<T> use) throws IOException {
    if (file == null) {
      throw new InvalidRequestException(
          List.of(
              new Violation("file", "envíe el archivo en el campo 'file' (multipart/form-data)")));
    }
    try (InputStream content = file.getContent()) {
      return use.with(file.getFileName().orElse(null), content);
    }
  }
}
