package mx.gob.qroo.rppc.web.document.ui;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import mx.gob.qroo.rppc.document.application.DocumentReads;
import mx.gob.qroo.rppc.document.infrastructure.TiffPages;
import mx.gob.qroo.rppc.shared.domain.OutsideOfficeException;
import mx.gob.qroo.rppc.shared.domain.ResourceNotFoundException;

/**
 * {@code /backoffice/documentos/archivo/{id}}: a document's bytes for the viewer (behind the back
 * office's login; every read logged by {@link DocumentReads}), shown inline with the type detected
 * at upload and never sniffed again by the browser; a TIFF's page {@code ?pagina=N} as PNG, reduced
 * when it has more pixels than extraction reads (never decoded whole, see {@link
 * TiffPages#writePng}).
 */
@WebServlet("/backoffice/documentos/archivo/*")
public class DocumentFileServlet extends HttpServlet {

  @Inject DocumentReads documents;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    long id;
    try {
      id = Long.parseLong(request.getPathInfo() == null ? "" : request.getPathInfo().substring(1));
    } catch (NumberFormatException e) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    DocumentReads.Content content;
    try {
      content = documents.content(id);
    } catch (ResourceNotFoundException e) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    } catch (EJBAccessException | OutsideOfficeException e) {
      response.sendError(HttpServletResponse.SC_FORBIDDEN);
      return;
    }
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Cache-Control", "private, no-store");
    response.setHeader("Content-Disposition", "inline; filename=\"documento-" + id + "\"");
    String page = request.getParameter("pagina");
    if (page != null && "image/tiff".equals(content.document().mediaType())) {
      pngOfPage(content, page, response);
      return;
    }
    response.setContentType(content.document().mediaType());
    response.setContentLengthLong(Files.size(content.file()));
    Files.copy(content.file(), response.getOutputStream());
  }

  /** {@code ?pagina=N} of a TIFF: that page (from 1) as PNG. */
  private static void pngOfPage(
      DocumentReads.Content content, String page, HttpServletResponse response) throws IOException {
    int index;
    try {
      index = Integer.parseInt(page) - 1;
    } catch (NumberFormatException e) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    TiffPages.Shown shown = TiffPages.writePng(content.file(), index, png);
    if (shown == TiffPages.Shown.NO_SUCH_PAGE) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    if (shown == TiffPages.Shown.TOO_LARGE) {
      response.setStatus(422);
      response.setContentType("text/plain;charset=UTF-8");
      response
          .getWriter()
          .write(
              "Esta página está guardada en un solo bloque demasiado grande para mostrarla;"
                  + " descargue el archivo para verla.");
      return;
    }
    response.setContentType("image/png");
    response.setContentLength(png.size());
    png.writeTo(response.getOutputStream());
  }
}
