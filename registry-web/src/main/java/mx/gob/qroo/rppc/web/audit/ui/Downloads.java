package mx.gob.qroo.rppc.web.audit.ui;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.function.Consumer;

/** A page action that answers with a file instead of a page. */
final class Downloads {

  private Downloads() {}

  static void send(String fileName, String contentType, Consumer<OutputStream> content) {
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext external = faces.getExternalContext();
    external.responseReset();
    external.setResponseContentType(contentType);
    external.setResponseHeader("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
    try {
      OutputStream out = external.getResponseOutputStream();
      content.accept(out);
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    faces.responseComplete();
  }
}
