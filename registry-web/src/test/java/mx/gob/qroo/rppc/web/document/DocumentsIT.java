package mx.gob.qroo.rppc.web.document;

import static mx.gob.qroo.rppc.web.testing.Deployment.anonymous;
import static mx.gob.qroo.rppc.web.testing.Deployment.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

import io.restassured.path.json.JsonPath;
import java.util.Locale;
import java.util.stream.Stream;
import mx.gob.qroo.rppc.web.testing.Deployment;
import mx.gob.qroo.rppc.web.testing.Fixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Documents of a filing through the deployed registry and its Tika server: every accepted type is
 * stored, typed from its bytes and its text extracted (images by OCR in Spanish); hostile files end
 * FAILED with a reason while the registry keeps serving.
 */
class DocumentsIT {

  private static String filing;

  @BeforeAll
  static void aFiling() {
    filing = Fixtures.received(Fixtures.saleOf(Fixtures.sharedFolio())).getString("entryNumber");
  }

  private static JsonPath upload(String name, byte[] bytes, int status) {
    return as("capturista1")
        .contentType("multipart/form-data")
        .multiPart("file", name, bytes, "application/octet-stream")
        .post("/api/filings/" + filing + "/documents")
        .then()
        .statusCode(status)
        .extract()
        .jsonPath();
  }

  static Stream<Arguments> everyAcceptedType() throws Exception {
    String words = "Escritura de Benito Juárez número 4512";
    return Stream.of(
        Arguments.of("escritura.pdf", SampleFiles.pdf(words), "application/pdf"),
        Arguments.of(
            "escritura.docx",
            SampleFiles.docx(words),
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
        Arguments.of(
            "escritura.odt", SampleFiles.odt(words), "application/vnd.oasis.opendocument.text"),
        Arguments.of("escaneo.png", SampleFiles.scan(words, "png"), "image/png"),
        Arguments.of("escaneo.jpg", SampleFiles.scan(words, "jpeg"), "image/jpeg"),
        Arguments.of("escaneo.tif", SampleFiles.scan(words, "tiff"), "image/tiff"));
  }

  @ParameterizedTest
  @MethodSource("everyAcceptedType")
  void everyAcceptedTypeIsStoredTypedFromItsBytesAndRead(String name, byte[] bytes, String type) {
    JsonPath accepted = upload(name, bytes, 202);
    assertThat(accepted.getString("status")).isIn("PROCESSING", "PROCESSED");
    assertThat(accepted.getString("sha256")).matches("[0-9a-f]{64}");
    long id = accepted.getLong("id");

    JsonPath document = ExtractedDocuments.settled(id);
    assertThat(document.getString("status")).isEqualTo("PROCESSED");
    assertThat(document.getString("mediaType")).isEqualTo(type);
    assertThat(document.getInt("pages")).isEqualTo(1);
    // OCR may miss an accent: the words themselves must be there
    assertThat(ExtractedDocuments.text(id).toLowerCase(Locale.ROOT))
        .contains("escritura", "benito", "4512");
  }

  @Test
  void searchFindsSpanishWordsWithOrWithoutAccentsWithinTheFiltersAndIsLogged() throws Exception {
    String marker = "Cozumelito" + System.nanoTime() % 100000;
    long id =
        upload("escritura.pdf", SampleFiles.pdf("Predio de Benito Juárez, colonia " + marker), 202)
            .getLong("id");
    assertThat(ExtractedDocuments.settled(id).getString("status")).isEqualTo("PROCESSED");

    for (String q : new String[] {"benito juarez " + marker, "Juárez " + marker}) {
      JsonPath found =
          as("registrador1")
              .queryParam("q", q)
              .get("/api/search/documents")
              .then()
              .statusCode(200)
              .extract()
              .jsonPath();
      assertThat(found.getList("hits.documentId", Long.class)).contains(id);
      assertThat(found.getString("hits[0].snippet")).contains("«Juárez»", "«" + marker + "»");
      assertThat(found.getString("hits[0].filingEntryNumber")).isEqualTo(filing);
    }
    // the filing is in Cancún: Cozumel's documents do not have it
    assertThat(
            as("registrador1")
                .queryParam("q", marker)
                .queryParam("office", "COZ")
                .get("/api/search/documents")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("hits"))
        .isEmpty();
    assertThat(
            as("registrador1")
                .queryParam("q", marker)
                .queryParam("office", "CUN")
                .queryParam("from", "2020-01-01")
                .get("/api/search/documents")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("hits"))
        .hasSize(1);
    as("registrador1").queryParam("q", " ").get("/api/search/documents").then().statusCode(400);
    as("planeador1").queryParam("q", marker).get("/api/search/documents").then().statusCode(403);
    assertThat(
            mx.gob.qroo.rppc.web.testing.Deployment.count(
                "select count(*) from audit.access_event where resource_type = 'DOCUMENT'"
                    + " and action = 'SEARCH' and resource_id like '%"
                    + marker
                    + "%'"))
        .isGreaterThanOrEqualTo(4);
  }

  @Test
  void theSameContentTwiceIsStoredOnceAndReadOnce() throws Exception {
    byte[] bytes = SampleFiles.pdf("Recibo de pago " + System.nanoTime());
    JsonPath first = upload("recibo.pdf", bytes, 202);
    JsonPath second = upload("copia-del-recibo.pdf", bytes, 202);
    assertThat(second.getLong("id")).isNotEqualTo(first.getLong("id"));
    assertThat(second.getString("sha256")).isEqualTo(first.getString("sha256"));
    assertThat(
            mx.gob.qroo.rppc.web.testing.Deployment.count(
                "select count(*) from document.blob where sha256 = '"
                    + first.getString("sha256")
                    + "'"))
        .isEqualTo(1);
  }

  @Test
  void aFileThatIsNotWhatItsNameSaysIsRefusedWithAProblem() throws Exception {
    as("capturista1")
        .contentType("multipart/form-data")
        .multiPart(
            "file", "escritura.pdf", SampleFiles.scan("no soy un PDF", "png"), "application/pdf")
        .post("/api/filings/" + filing + "/documents")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors[0].field", equalTo("file"))
        .body("errors[0].message", matchesPattern(".*PDF.*PNG.*"));
    as("capturista1")
        .contentType("multipart/form-data")
        .multiPart("file", "notas.txt", "solo texto".getBytes(), "text/plain")
        .post("/api/filings/" + filing + "/documents")
        .then()
        .statusCode(400)
        .body(
            "errors[0].message", matchesPattern(".*se aceptan PDF, TIFF, JPEG, PNG, DOCX u ODT.*"));
    as("planeador1")
        .contentType("multipart/form-data")
        .multiPart("file", "x.pdf", SampleFiles.pdf("x"), "application/pdf")
        .post("/api/filings/" + filing + "/documents")
        .then()
        .statusCode(403);
  }

  @Test
  void pagesWithoutATextLayerAreReadEvenWhenScannedUpsideDown() throws Exception {
    String[] lines = {
      "Escritura pública número 7391, otorgada en la ciudad de Chetumal,",
      "Quintana Roo, ante el notario público número 12 del Estado,",
      "que contiene el contrato de compraventa del lote 14 de la",
      "manzana 22, con superficie de 250 metros cuadrados, que",
      "celebran como vendedor el señor Benito Juárez Canché y como",
      "comprador la señora María Poot Chan, por el precio convenido",
      "de 850,000 pesos, moneda nacional, pagados de contado.",
      "Expediente de prueba " + System.nanoTime()
    };
    long pdf =
        upload("escritura-escaneada.pdf", SampleFiles.scannedPdf(1, lines), 202).getLong("id");
    long turned =
        upload("hoja-invertida.png", SampleFiles.upsideDownScan(lines), 202).getLong("id");

    for (long id : new long[] {pdf, turned}) {
      JsonPath document = ExtractedDocuments.settled(id);
      assertThat(document.getString("status")).isEqualTo("PROCESSED");
      assertThat(document.getInt("pages")).isEqualTo(1);
      assertThat(ExtractedDocuments.text(id).toLowerCase(Locale.ROOT))
          .as("document %d", id)
          .contains("escritura", "chetumal", "compraventa", "7391", "manzana");
    }
  }

  @Test
  void aFileThatRunsPastTheTimeLimitIsStoppedAndTheNextOneIsRead() throws Exception {
    // every page is rendered and OCRed, ~0.8 s each on the 2-core machine: four pages a second of
    // the limit is past it on a machine three times as fast
    int pages = 4 * Deployment.TIKA_TASK_TIMEOUT_SECONDS;
    String[] lines = new String[18];
    for (int i = 0; i < lines.length; i++) {
      lines[i] = "Partida " + (i + 1) + " del tomo III, inscrita a favor de Benito Juárez Canché,";
    }
    lines[0] = "Tomo completo " + System.nanoTime();
    long slow = upload("tomo.pdf", SampleFiles.scannedPdf(pages, lines), 202).getLong("id");

    JsonPath stopped = ExtractedDocuments.settled(slow);
    assertThat(stopped.getString("status")).isEqualTo("FAILED");
    assertThat(stopped.getString("reason")).contains("tiempo");

    theRegistryStillReadsDocuments();
  }

  @Test
  void hostileFilesEndFailedWithTheReasonWhileTheRegistryKeepsServing() throws Exception {
    long encrypted = upload("cifrado.pdf", SampleFiles.encryptedPdf(), 202).getLong("id");
    long bomb = upload("bomba.docx", SampleFiles.zipBombDocx(), 202).getLong("id");
    long huge = upload("plano.png", SampleFiles.hugeImage(), 202).getLong("id");

    JsonPath locked = ExtractedDocuments.settled(encrypted);
    assertThat(locked.getString("status")).isEqualTo("FAILED");
    assertThat(locked.getString("reason")).isNotBlank();
    JsonPath exploded = ExtractedDocuments.settled(bomb);
    assertThat(exploded.getString("status")).isEqualTo("FAILED");
    assertThat(exploded.getString("reason")).isNotBlank();
    JsonPath tooLarge = ExtractedDocuments.settled(huge);
    assertThat(tooLarge.getString("status")).isEqualTo("FAILED");
    assertThat(tooLarge.getString("reason")).contains("60,000 × 60,000 píxeles");

    theRegistryStillReadsDocuments();
  }

  /** It answers, and the next document is read. */
  private static void theRegistryStillReadsDocuments() throws Exception {
    anonymous().get("/api/health").then().statusCode(200);
    long fine =
        upload("despues.pdf", SampleFiles.pdf("Sigue funcionando " + System.nanoTime()), 202)
            .getLong("id");
    assertThat(ExtractedDocuments.settled(fine).getString("status")).isEqualTo("PROCESSED");
  }
}
