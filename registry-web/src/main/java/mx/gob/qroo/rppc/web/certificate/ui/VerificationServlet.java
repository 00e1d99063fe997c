package mx.gob.qroo.rppc.web.certificate.ui;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.MultipartConfig;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import mx.gob.qroo.rppc.certificate.application.CertificateVerification;
import mx.gob.qroo.rppc.certificate.domain.VerificationCode;
import mx.gob.qroo.rppc.web.shared.ui.CodeForm;

/**
 * {@code /verificar/{code}}: GET shows what the certificate attests ({@code verificar.xhtml}); a
 * POST with a PDF ({@code archivo}, multipart, at most 10 MB) says whether it is the unaltered
 * original. {@code /verificar?codigo=} (the form without JavaScript) redirects to the code's
 * address. Each request looks the code up once ({@link CertificateVerification#find}, which spends
 * the client's budget of public lookups).
 */
@WebServlet("/verificar/*")
@MultipartConfig(
    maxFileSize = VerificationServlet.MAX_BYTES,
    maxRequestSize = VerificationServlet.MAX_BYTES + 65_536)
public class VerificationServlet extends HttpServlet {

  static final long MAX_BYTES = 10L * 1024 * 1024;
  static final String CODE = VerificationServlet.class.getName() + ".code";
  static final String UPLOAD = VerificationServlet.class.getName() + ".upload";

  /** The certificate the POST looked up, so the page does not look it up again. */
  static final String ATTESTED = VerificationServlet.class.getName() + ".attested";

  @Inject CertificateVerification verification;

  /** What an upload showed: the original, or not. */
  public enum Upload {
    ORIGINAL,
    ALTERED,
    MISSING
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws ServletException, IOException {
    String path = request.getPathInfo();
    if (path == null || path.length() <= 1) {
      CodeForm.redirect(
          request, response, "/verificar", "/verificar.xhtml", VerificationCode::canonical);
      return;
    }
    show(request, response, path.substring(1), null);
  }

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws ServletException, IOException {
    String path = request.getPathInfo();
    String code = path == null || path.length() <= 1 ? "" : path.substring(1);
    Upload upload;
    Part file;
    try {
      file = request.getPart("archivo");
    } catch (IllegalStateException tooLarge) {
      file = null;
    }
    Optional<CertificateVerification.Attested> attested = verification.find(code);
    if (file == null || file.getSize() == 0) {
      upload = Upload.MISSING;
    } else {
      try (InputStream in = file.getInputStream()) {
        byte[] pdf = in.readAllBytes();
        upload =
            attested.filter(a -> CertificateVerification.isOriginal(a, pdf)).isPresent()
                ? Upload.ORIGINAL
                : Upload.ALTERED;
      }
    }
    request.setAttribute(ATTESTED, attested);
    show(request, response, code, upload);
  }

  private static void show(
      HttpServletRequest request, HttpServletResponse response, String code, Upload upload)
      throws ServletException, IOException {
    request.setAttribute(CODE, code);
    request.setAttribute(UPLOAD, upload);
    request.getRequestDispatcher("/verificar.xhtml").forward(request, response);
  }
}
