package mx.gob.qroo.rppc.web.cadastre.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import mx.gob.qroo.rppc.cadastre.application.SpatialLayerImports;
import mx.gob.qroo.rppc.cadastre.application.TopologyReview;
import mx.gob.qroo.rppc.cadastre.domain.FieldMapping;
import mx.gob.qroo.rppc.cadastre.domain.LayerImportReport;
import mx.gob.qroo.rppc.cadastre.domain.LayerImportRequest;
import mx.gob.qroo.rppc.cadastre.domain.SourceFormat;
import mx.gob.qroo.rppc.cadastre.domain.SpatialLayer;
import mx.gob.qroo.rppc.cadastre.domain.TopologyCheck;
import mx.gob.qroo.rppc.cadastre.domain.TopologyFinding;
import mx.gob.qroo.rppc.shared.domain.Violation;
import mx.gob.qroo.rppc.shared.domain.Violations;
import mx.gob.qroo.rppc.web.shared.rest.Problem;

/**
 * Imports of spatial layers ({@code municipalities}, {@code localities}, {@code parcels}): the file
 * is the request body, its name (which tells the format) and the options are query parameters.
 */
@Path("/layers")
@Produces(MediaType.APPLICATION_JSON)
public class SpatialLayerResource {

  @Inject SpatialLayerImports imports;
  @Inject TopologyReview topology;

  @POST
  @Path("/{layer}/imports")
  @Consumes(MediaType.WILDCARD)
  public Response importLayer(
      @PathParam("layer") String layer,
      @QueryParam("fileName") String fileName,
      @QueryParam("srid") Integer srid,
      @QueryParam("keyField") String keyField,
      @QueryParam("nameField") String nameField,
      @QueryParam("sourceLayer") String sourceLayer,
      @QueryParam("repair") @DefaultValue("false") boolean repair,
      InputStream body) {
    Violations violations = new Violations();
    SpatialLayer target = violations.parse("layer", layer, SpatialLayerResource::layer);
    SourceFormat format = violations.parse("fileName", fileName, SourceFormat::ofFileName);
    violations.throwIfAny();
    FieldMapping mapping =
        keyField == null && nameField == null
            ? target.defaultMapping()
            : new FieldMapping(
                keyField == null ? target.defaultMapping().keyField() : keyField,
                nameField == null ? target.defaultMapping().nameField() : nameField);
    java.nio.file.Path folder = null;
    try {
      folder = Files.createTempDirectory("rppc-layer-");
      java.nio.file.Path file = folder.resolve("capa" + extension(format));
      Files.copy(body, file, StandardCopyOption.REPLACE_EXISTING);
      LayerImportReport report =
          imports
              .importLayer(
                  new LayerImportRequest(
                      file, fileName, target, mapping, srid, sourceLayer, repair))
              .report();
      if (report.outcome() == LayerImportReport.Outcome.REJECTED) {
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
                                p.location() == null
                                    ? p.reason()
                                    : p.reason() + " en " + p.location()))
                    .toList())
            .toResponse();
      }
      return Response.status(Response.Status.CREATED).entity(report).build();
    } catch (IOException e) {
      throw new IllegalStateException("no se pudo guardar el archivo recibido", e);
    } finally {
      delete(folder);
    }
  }

  @GET
  @Path("/imports")
  public List<LayerImportReport> imports(@QueryParam("limit") @DefaultValue("20") int limit) {
    return imports.latest(limit);
  }

  @GET
  @Path("/imports/{id}")
  public LayerImportReport importReport(@PathParam("id") long id) {
    return imports.report(id).report();
  }

  /**
   * What a topology check finds among the current parcels: {@code overlapping-parcels}, {@code
   * parcels-outside-municipality}, {@code sliver-parcels}, {@code gaps-in-blocks}.
   */
  @GET
  @Path("/parcels/checks/{check}")
  public List<TopologyFinding> check(
      @PathParam("check") String check,
      @QueryParam("toleranceM2") @DefaultValue("1") double toleranceM2,
      @QueryParam("limit") @DefaultValue("100") int limit) {
    Violations violations = new Violations();
    TopologyCheck which =
        violations.parse(
            "check",
            check,
            name -> TopologyCheck.valueOf(name.toUpperCase(Locale.ROOT).replace('-', '_')));
    violations.throwIfAny();
    return topology.findings(which, toleranceM2, limit);
  }

  private static SpatialLayer layer(String name) {
    return switch (name.toLowerCase(Locale.ROOT)) {
      case "municipalities" -> SpatialLayer.MUNICIPALITIES;
      case "localities" -> SpatialLayer.LOCALITIES;
      case "parcels" -> SpatialLayer.PARCELS;
      default ->
          throw new IllegalArgumentException(
              "capa desconocida '" + name + "': municipalities, localities o parcels");
    };
  }

  private static String extension(SourceFormat format) {
    return switch (format) {
      case GEOJSON -> ".geojson";
      case GEOPACKAGE -> ".gpkg";
      case SHAPEFILE -> ".zip";
    };
  }

  private static void delete(java.nio.file.Path folder) {
    if (folder == null) {
      return;
    }
    try (Stream<java.nio.file.Path> files = Files.walk(folder)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException ignored) {
      // a leftover temporary folder is harmless
    }
  }
}
