package mx.gob.qroo.rppc.web.certificate.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import mx.gob.qroo.rppc.certificate.application.CertificateDownloads;
import mx.gob.qroo.rppc.certificate.application.CertificateIssuance;
import mx.gob.qroo.rppc.certificate.domain.LienCertificate;
import mx.gob.qroo.rppc.shared.domain.Role;

/** Staff: the certificates a filing issued, and each one's signed PDF (logged). */
@Path("/certificates")
public class CertificateResource {

  @Inject CertificateDownloads certificates;

  /** One issued certificate: code, folio, instant, SHA-256 and where anyone can verify it. */
  public record Issued(
      String code,
      String filingEntryNumber,
      String folioNumber,
      String asOf,
      String sha256,
      String verifyUrl) {
    static Issued of(LienCertificate c) {
      return new Issued(
          c.code(),
          c.filingEntryNumber(),
          c.folioNumber(),
          c.asOf().toString(),
          c.sha256(),
          CertificateIssuance.verifyUrl(c.code()));
    }
  }

  @RolesAllowed({Role.CAPTURISTA, Role.REGISTRADOR, Role.AUDITOR, Role.ADMIN})
  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public List<Issued> ofFiling(@QueryParam("filing") String filingEntryNumber) {
    return certificates.ofFiling(filingEntryNumber).stream().map(Issued::of).toList();
  }

  @RolesAllowed({Role.CAPTURISTA, Role.REGISTRADOR, Role.AUDITOR, Role.ADMIN})
  @GET
  @Path("/{code}/pdf")
  @Produces("application/pdf")
  public Response pdf(@PathParam("code") String code) {
    return Response.ok(certificates.pdf(code))
        .header("Content-Disposition", "attachment; filename=\"certificado-" + code + ".pdf\"")
        .build();
  }
}
