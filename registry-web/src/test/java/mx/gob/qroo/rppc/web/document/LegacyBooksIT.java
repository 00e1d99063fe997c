package mx.gob.qroo.rppc.web.document;

import static mx.gob.qroo.rppc.web.testing.Deployment.as;
import static mx.gob.qroo.rppc.web.testing.Deployment.count;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import mx.gob.qroo.rppc.web.testing.Fixtures;
import mx.gob.qroo.rppc.web.testing.LegacyInbox;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The legacy books through the deployed registry: a batch of scanned pages with its manifest
 * becomes records (libro, tomo, partida) with their pages OCRed in Spanish, its progress and
 * failures visible; a record is then migrated to a property folio whose opening entry cites it.
 */
class LegacyBooksIT {

  private static int book;
  private static long batch;

  /** One batch (3 records, 6 pages, as a ZIP) shared by the tests that read its records. */
  @BeforeAll
  static void aBatchDigitized() throws Exception {
    book = LegacyInbox.freshBook();
    String source = LegacyInbox.generated("libro-" + book, 3, book, true);
    batch = LegacyInbox.start(source);
    JsonPath done = LegacyInbox.finished(batch, Duration.ofMinutes(5));
    assertThat(done.getInt("pagesDone")).isEqualTo(6);
    assertThat(done.getInt("failures")).isZero();
  }

  private static String source(String name) {
    return "{\"source\":\"" + name + "\"}";
  }

  private static JsonPath record(String volume, String record) {
    List<Map<String, Object>> found =
        as("registrador1")
            .queryParam("book", Integer.toString(book))
            .queryParam("volume", volume)
            .queryParam("record", record)
            .get("/api/legacy-records")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("$");
    assertThat(found).hasSize(1);
    return as("registrador1")
        .get("/api/legacy-records/" + found.get(0).get("id"))
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  @Test
  void eachManifestLineBecomesAPageOfItsRecordWithItsOcrText() {
    JsonPath partida = record("I", "101");
    assertThat(partida.getString("citation"))
        .isEqualTo("Libro " + book + ", Tomo I, Partida 101, oficina de Chetumal");
    assertThat(partida.getList("documents.page", Integer.class)).containsExactly(1, 2);
    assertThat(partida.getList("documents.status", String.class)).containsOnly("PROCESSED");
    long firstPage = partida.getLong("documents[0].id");
    String text = ExtractedDocuments.text(firstPage);
    assertThat(text).contains("PARTIDA NUMERO 101").contains("Chetumal");
    // the three records, six pages, each line of the manifest once
    assertThat(count("select count(*) from document.document where batch_id = ?", batch))
        .isEqualTo(6);
    assertThat(
            count(
                "select count(distinct (legacy_record_id, page)) from document.document"
                    + " where batch_id = ?",
                batch))
        .isEqualTo(6);
  }

  @Test
  void theOldBooksPagesAreFoundByTheSearchWithTheirOffice() {
    List<Map<String, Object>> hits =
        as("registrador1")
            .queryParam("q", "libro " + book + " compraventa")
            .queryParam("office", "CHE")
            .get("/api/search/documents")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("hits");
    assertThat(hits).hasSize(3);
    assertThat(hits).allSatisfy(h -> assertThat(h.get("office")).isEqualTo("CHE"));
    assertThat(hits)
        .allSatisfy(h -> assertThat((String) h.get("snippet")).contains("«" + book + "»"));
    assertThat(
            as("registrador1")
                .queryParam("q", "libro " + book)
                .queryParam("office", "CUN")
                .get("/api/search/documents")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("hits"))
        .isEmpty();
  }

  @Test
  void aBatchIsAlsoUploadedAsAZip() throws Exception {
    int otherBook = LegacyInbox.freshBook() + 4;
    Path zip =
        LegacyInbox.root()
            .resolve(LegacyInbox.generated("subido-" + otherBook, 1, otherBook, true));
    byte[] bytes = Files.readAllBytes(zip);
    Files.delete(zip);
    long uploaded =
        as("capturista1")
            .contentType("multipart/form-data")
            .multiPart("file", "lote.zip", bytes, "application/zip")
            .post("/api/legacy-batches")
            .then()
            .statusCode(202)
            .extract()
            .jsonPath()
            .getLong("id");
    JsonPath done = LegacyInbox.finished(uploaded, Duration.ofMinutes(3));
    assertThat(done.getInt("pagesDone")).isEqualTo(2);
    assertThat(done.getInt("failures")).isZero();
    assertThat(done.getString("source")).startsWith("lote-").endsWith(".zip");
  }

  @Test
  void theBatchsProgressIsKeptWithItsRateAndTheStartIsLogged() {
    JsonPath progress = LegacyInbox.progress(batch);
    assertThat(progress.getString("jobStatus")).isEqualTo("COMPLETED");
    assertThat(progress.getInt("totalPages")).isEqualTo(6);
    assertThat(progress.getLong("secondsLeft")).isZero();
    assertThat(
            count(
                "select count(*) from audit.access_event where actor = 'capturista1'"
                    + " and resource_type = 'LEGACY_BATCH' and action = 'CREATE'"
                    + " and resource_id = ?",
                "libro-" + book + ".zip"))
        .isEqualTo(1);
  }

  @Test
  void aBadLineIsAFailureWithItsReasonAndTheRestOfTheBatchGoesOn() throws Exception {
    int otherBook = LegacyInbox.freshBook() + 1;
    String source = LegacyInbox.generated("fallas-" + otherBook, 1, otherBook, false);
    Path folder = LegacyInbox.root().resolve(source);
    Files.write(
        folder.resolve("no-es-pdf.pdf"),
        Files.readAllBytes(
            folder.resolve("libro-" + otherBook + "/tomo-I/partida-101-pagina-1.png")));
    Files.writeString(
        folder.resolve("manifest.csv"),
        "CHE,"
            + otherBook
            + ",I,102,,1,falta.png\r\n"
            + "XXX,"
            + otherBook
            + ",I,103,,1,no-es-pdf.pdf\r\n"
            + "CHE,"
            + otherBook
            + ",I,104,,1,no-es-pdf.pdf\r\n"
            + "CHE,"
            + otherBook
            + ",I,101,,1,libro-"
            + otherBook
            + "/tomo-I/partida-101-pagina-2.png\r\n",
        StandardCharsets.UTF_8,
        StandardOpenOption.APPEND);
    long failing = LegacyInbox.start(source);
    JsonPath done = LegacyInbox.finished(failing, Duration.ofMinutes(3));
    assertThat(done.getInt("totalPages")).isEqualTo(6);
    assertThat(done.getInt("pagesDone")).isEqualTo(6);
    assertThat(done.getInt("failures")).isEqualTo(4);
    assertThat(done.getList("failureList.reason", String.class))
        .anySatisfy(r -> assertThat(r).contains("no tiene el archivo falta.png"))
        .anySatisfy(r -> assertThat(r).contains("oficina desconocida 'XXX'"))
        .anySatisfy(r -> assertThat(r).contains("el nombre dice PDF pero el contenido es PNG"))
        .anySatisfy(r -> assertThat(r).contains("ya estaba digitalizada"));
    assertThat(done.getList("failureList.manifestLine", Integer.class)).containsExactly(4, 5, 6, 7);
  }

  @Test
  void aBatchThatIsNotInTheInboxOrHasNoManifestColumnsIsRefused() throws Exception {
    as("capturista1")
        .body(source("../etc"))
        .post("/api/legacy-batches")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("source"));
    as("capturista1")
        .body(source("no-existe-" + book))
        .post("/api/legacy-batches")
        .then()
        .statusCode(400)
        .body("errors[0].message", containsString("no hay un lote"));
    Path bad = Files.createDirectories(LegacyInbox.root().resolve("sin-columnas-" + book));
    Files.writeString(bad.resolve("manifest.csv"), "libro,tomo,archivo\r\n1,I,a.png\r\n");
    as("capturista1")
        .body(source("sin-columnas-" + book))
        .post("/api/legacy-batches")
        .then()
        .statusCode(400)
        .body("errors[0].message", containsString("oficina, partida, pagina"));
    as("planeador1")
        .body(source("libro-" + book + ".zip"))
        .post("/api/legacy-batches")
        .then()
        .statusCode(403);
  }

  @Test
  void aRecordIsMigratedOnceToAFolioWhoseOpeningEntryCitesTheBooks() {
    long id = record("II", "103").getLong("id");
    String property =
        """
        {"municipality": "23004", "cadastralKey": "04-%d-103",
         "address": "Lote 7, manzana 6, colonia Santa Elena, Chetumal", "areaM2": 170,
         "holders": [{"name": "Carla Gómez Rivera", "curp": "GOMC850101MQRRRR09", "share": 100}]}
        """
            .formatted(book);
    as("capturista1")
        .body(property)
        .post("/api/legacy-records/" + id + "/migration")
        .then()
        .statusCode(403);
    String folio =
        as("registrador1")
            .body(property)
            .post("/api/legacy-records/" + id + "/migration")
            .then()
            .statusCode(201)
            .extract()
            .path("folioNumber");
    JsonPath opened =
        as("registrador1").get("/api/folios/" + folio).then().statusCode(200).extract().jsonPath();
    assertThat(opened.getString("entries[0].kind")).isEqualTo("OPENING");
    assertThat(opened.getString("entries[0].description"))
        .isEqualTo(
            "Antecedente registral: Libro " + book + ", Tomo II, Partida 103, oficina de Chetumal");
    assertThat(folio).startsWith("CHE-");
    assertThat(record("II", "103").getString("migratedFolioNumber")).isEqualTo(folio);
    as("registrador1")
        .body(property)
        .post("/api/legacy-records/" + id + "/migration")
        .then()
        .statusCode(409);
  }

  @Test
  void aDocumentIsUploadedToAFoliosEntryAndAPageToARecord() throws Exception {
    String folio = Fixtures.newPropertyFolio();
    byte[] scan = SampleFiles.scan("Anexo de la partida", "png");
    JsonPath ofEntry =
        as("capturista1")
            .contentType("multipart/form-data")
            .multiPart("file", "apertura.png", scan, "image/png")
            .post("/api/folios/" + folio + "/entries/1/documents")
            .then()
            .statusCode(202)
            .extract()
            .jsonPath();
    assertThat(ofEntry.getString("folioNumber")).isEqualTo(folio);
    assertThat(ofEntry.getInt("entrySequence")).isEqualTo(1);
    as("capturista1")
        .contentType("multipart/form-data")
        .multiPart("file", "apertura.png", scan, "image/png")
        .post("/api/folios/" + folio + "/entries/99/documents")
        .then()
        .statusCode(404);

    long id = record("I", "102").getLong("id");
    JsonPath page =
        as("capturista1")
            .contentType("multipart/form-data")
            .multiPart("file", "anexo.png", scan, "image/png")
            .post("/api/legacy-records/" + id + "/documents")
            .then()
            .statusCode(202)
            .extract()
            .jsonPath();
    assertThat(page.getLong("legacyRecordId")).isEqualTo(id);
    assertThat(page.getInt("page")).isEqualTo(3);
  }
}
