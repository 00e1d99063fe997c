package mx.gob.qroo.rppc.web.cadastre.rest;

import jakarta.ws.rs.core.Response;
import mx.gob.qroo.rppc.shared.domain.Violation;
import mx.gob.qroo.rppc.spatial.domain.LayerImportReport;
import mx.gob.qroo.rppc.web.shared.rest.Problem;

/** A rejected layer import as a 422 problem listing each feature's problem and where it lies. */
public final class LayerRejection {

  private LayerRejection() {}

  public static Response of(LayerImportReport report) {
    return Problem.of(
            "capa-rechazada",
            "La capa no se publicó",
            422,
            "Importación "
                + report.id()
                + " rechazada: "
                + report.problems().size()
                + " problema(s); no se publicó ningún elemento"
                + (report.geometriesInvalid() > 0
                    ? " (las geometrías inválidas se reparan con repair=true)"
                    : ""))
        .withErrors(
            report.problems().stream()
                .map(
                    p ->
                        new Violation(
                            p.feature(),
                            p.location() == null ? p.reason() : p.reason() + " en " + p.location()))
                .toList())
        .toResponse();
  }
}
