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
import mx.gob.qroo.rppc.audit.domain.LogProof;
import mx.gob.qroo.rppc.certificate.application.CertificateVerification;
import mx.gob.qroo.rppc.certificate.domain.VerificationCode;
import mx.gob.qroo.rppc.shared.domain.ResourceNotFoundException;
import mx.gob.qroo.rppc.web.shared.ui.CodeForm;

/**
 * {@code /verificar/{code}}: GET shows what the certificate attests ({@code verificar.xhtml}); a
 * POST with a PDF ({@code archivo}, multipart, at most 10 MB) says whether it is the unaltered
 * original. {@code /verificar?codigo=} (the form without JavaScript) redirects to the code's
 * address. {@code /verificar/{code}/prueba} gives the certificate's offline proof of issuance in
 * the log ({@code .tlog-proof}, C2SP tlog-proof), or 503 with {@code Retry-After} while no
 * checkpoint the witness cosigned covers it yet. Each request looks the code up once ({@link
 * CertificateVerification#find} or {@link CertificateVerification#proof}, which spend the client's
 * budget of public lookups).
 */
@WebServlet("/verificar/*")
@MultipartConfig(
    maxFileSize = VerificationServlet.MAX_BYTES,
    maxRequestSize = VerificationServlet.MAX_BYTES + 65_536)
public class VerificationServlet extends HttpServlet {

  static final long MAX_BYTES = 10L * 1024 * 1024;
  private static final String PROOF = "/prueba";
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
    if (path.endsWith(PROOF)) {
      proof(response, path.substring(1, path.length() - PROOF.length()));
      return;
    }
    show(request, response, path.substring(1), null);
  }

  private void proof(HttpServletResponse response, String code) throws IOException {
    response.setCharacterEncoding("UTF-8");
    response.setHeader("Cache-Control", "no-store");
    Optional<LogProof> proof;
    try {
      proof = verification.proof(code);
    } catch (ResourceNotFoundException e) {
      response.setStatus(HttpServletResponse.SC_NOT_FOUND);
      response.setContentType("text/plain");
      response.getWriter().println("No existe un certificado con ese código.");
      return;
    }
    if (proof.isEmpty()) {
      response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
      response.setHeader("Retry-After", "30");
      response.setContentType("text/plain");
      response
          .getWriter()
          .println(
              "La prueba de este certificado estará lista cuando el testigo cofirme el siguiente"
                  + " punto de control de la bitácora (alrededor de un minuto después de emitido)."
                  + " Inténtelo de nuevo en unos segundos.");
      return;
    }
    String canonical = VerificationCode.canonical(code);
    response.setContentType("text/plain");
    response.setHeader(
        "Content-Disposition", "attachment; filename=\"" + canonical + ".tlog-proof\"");
    response.getWriter().print(proof.get().text());
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
