import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Writes a corpus of documents for the document benchmarks (bench/documents-extraction.sh,
 * bench/documents-ocr.sh): Spanish deeds, notices and certificates about Quintana Roo property,
 * as the registry receives them.
 *
 * <p>Arguments: mode, output folder, number of documents, nonce.
 *
 * <ul>
 *   <li>{@code mixed}: of every 20 documents, 10 PDFs with a text layer (2–10 letter pages), 3
 *       DOCX, 2 ODT (several paragraphs each), and 5 scans: 1 PNG, 1 JPEG, 1 TIFF (one letter
 *       page at 200 dpi, grey) and 2 image-only PDFs (1–2 pages, each a 300 dpi grey image that
 *       fills the page, so that Tika's OCR rendering at 300 dpi gives back the same pixels).
 *   <li>{@code ocr}: scans only, in the same shares (PNG, JPEG, TIFF, image-only PDF 1–2 pages);
 *       every page is also written as {@code pages/<file>-<n>.png} (image files: the file itself
 *       is the page) for tesseract alone.
 * </ul>
 *
 * The layout (types, page counts, wording) comes from a fixed seed, so every run gets the same
 * corpus; the nonce is one more line in each document, so that a second run on the same instance
 * uploads new contents (storage is content-addressed: the same bytes would be found done).
 * Writes {@code manifest.tsv}: file, kind, pages, OCR pages, bytes.
 */
public class DocumentCorpus {

  private static final int SEED = 7;

  public static void main(String[] args) throws Exception {
    String mode = args[0];
    Path out = Path.of(args[1]);
    int count = Integer.parseInt(args[2]);
    String nonce = args[3];
    Path files = Files.createDirectories(out.resolve("corpus"));
    Path pages = Files.createDirectories(out.resolve("pages"));
    Random random = new Random(SEED);
    Prose prose = new Prose(random);
    try (PrintWriter manifest =
        new PrintWriter(Files.newBufferedWriter(out.resolve("manifest.tsv")))) {
      manifest.println("file\tkind\tpages\tocr_pages\tbytes");
      for (int i = 0; i < count; i++) {
        String kind = kindOf(mode, i);
        String stem = String.format(Locale.ROOT, "%03d-%s", i + 1, kind);
        String header = "Expediente de prueba " + nonce + "-" + (i + 1);
        Doc doc = write(kind, stem, header, prose, random, files, pages);
        manifest.printf(
            Locale.ROOT,
            "%s\t%s\t%d\t%d\t%d%n",
            doc.file,
            kind,
            doc.pages,
            doc.ocrPages,
            Files.size(files.resolve(doc.file)));
      }
    }
  }

  /** Of every 20 documents (mixed), or of every 5 (ocr). */
  static String kindOf(String mode, int i) {
    String[] scans = {"png", "jpeg", "tiff", "scanpdf", "scanpdf"};
    if (mode.equals("ocr")) {
      return scans[i % 5];
    }
    int k = i % 20;
    if (k < 10) {
      return "pdf";
    }
    if (k < 13) {
      return "docx";
    }
    if (k < 15) {
      return "odt";
    }
    return scans[k - 15];
  }

  record Doc(String file, int pages, int ocrPages) {}

  static Doc write(
      String kind, String stem, String header, Prose prose, Random random, Path files, Path pages)
      throws IOException {
    switch (kind) {
      case "pdf" -> {
        int n = 2 + random.nextInt(9);
        List<String> text = new ArrayList<>();
        text.add(header);
        text.addAll(prose.paragraphs(n * 7));
        Files.write(files.resolve(stem + ".pdf"), Pdfs.text(text, n));
        return new Doc(stem + ".pdf", n, 0);
      }
      case "docx", "odt" -> {
        List<String> text = new ArrayList<>();
        text.add(header);
        text.addAll(prose.paragraphs(6 + random.nextInt(12)));
        byte[] bytes = kind.equals("docx") ? Office.docx(text) : Office.odt(text);
        Files.write(files.resolve(stem + "." + kind), bytes);
        return new Doc(stem + "." + kind, 1, 0);
      }
      case "png", "jpeg", "tiff" -> {
        BufferedImage page = Scans.page(header, prose.paragraphs(6), 200, random);
        String file = stem + "." + (kind.equals("jpeg") ? "jpg" : kind.equals("tiff") ? "tif" : "png");
        Files.write(files.resolve(file), Scans.encode(page, kind));
        return new Doc(file, 1, 1);
      }
      case "scanpdf" -> {
        int n = 1 + random.nextInt(2);
        List<BufferedImage> images = new ArrayList<>();
        for (int p = 0; p < n; p++) {
          BufferedImage page = Scans.page(header, prose.paragraphs(6), 300, random);
          images.add(page);
          ImageIO.write(page, "png", pages.resolve(stem + "-" + (p + 1) + ".png").toFile());
        }
        Files.write(files.resolve(stem + ".pdf"), Pdfs.scanned(images));
        return new Doc(stem + ".pdf", n, n);
      }
      default -> throw new IllegalArgumentException(kind);
    }
  }

  /** Spanish prose of deeds, liens and notices, with the state's places (accents and all). */
  static final class Prose {
    private final Random random;

    Prose(Random random) {
      this.random = random;
    }

    static final String[] MUNICIPIOS = {
      "Benito Juárez", "Solidaridad", "Cozumel", "Othón P. Blanco", "Tulum", "Bacalar",
      "Isla Mujeres", "Lázaro Cárdenas", "Felipe Carrillo Puerto", "José María Morelos",
      "Puerto Morelos"
    };
    static final String[] CIUDADES = {
      "Cancún", "Playa del Carmen", "Chetumal", "San Miguel de Cozumel", "Tulum", "Bacalar",
      "Kantunilkín", "Felipe Carrillo Puerto", "Puerto Morelos", "Isla Mujeres", "Mahahual"
    };
    static final String[] COLONIAS = {
      "Supermanzana 15", "Región 94", "Fraccionamiento Villas del Mar", "Colonia Centro",
      "Fraccionamiento Playacar", "Colonia Adolfo López Mateos", "Residencial Campestre",
      "Fraccionamiento Caribe", "Colonia Proterritorio", "Zona Hotelera", "Colonia Ejidal",
      "Fraccionamiento Los Almendros", "Colonia Forjadores", "Colonia Solidaridad"
    };
    static final String[] NOMBRES = {
      "María Guadalupe", "José Luis", "Juan Carlos", "Ana Sofía", "Jesús", "Ramón", "Martín",
      "Verónica", "Claudia", "Héctor", "Andrés", "Mónica", "Raúl", "Inés", "Joaquín", "Lucía"
    };
    static final String[] APELLIDOS = {
      "Pérez", "Hernández", "Martínez", "González", "López", "Chan", "Canché", "Pech", "Ucán",
      "May", "Castillo", "Gómez", "Núñez", "Ávila", "Sánchez", "Cetina", "Poot", "Ramírez"
    };
    static final String[] COLINDANCIAS = {
      "lote", "vialidad", "área verde", "calle", "andador", "propiedad privada", "zona federal"
    };
    static final String[] ACTOS = {
      "compraventa", "hipoteca", "donación", "adjudicación por herencia", "cancelación de hipoteca",
      "embargo", "fideicomiso", "servidumbre de paso", "aviso preventivo", "rectificación"
    };
    static final String[] MESES = {
      "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
      "octubre", "noviembre", "diciembre"
    };

    String pick(String[] words) {
      return words[random.nextInt(words.length)];
    }

    String persona() {
      return pick(NOMBRES) + " " + pick(APELLIDOS) + " " + pick(APELLIDOS);
    }

    String sentence() {
      return switch (random.nextInt(9)) {
        case 0 ->
            "En la ciudad de " + pick(CIUDADES) + ", municipio de " + pick(MUNICIPIOS)
                + ", Quintana Roo, a " + (1 + random.nextInt(28)) + " de " + pick(MESES) + " de "
                + (2015 + random.nextInt(11)) + ", ante mí, licenciado " + persona()
                + ", titular de la Notaría Pública número " + (1 + random.nextInt(80))
                + ", comparecen " + persona() + " y " + persona() + ".";
        case 1 ->
            "El inmueble objeto de esta operación es el lote " + (1 + random.nextInt(60))
                + ", manzana " + (1 + random.nextInt(90)) + ", ubicado en " + pick(COLONIAS)
                + " de la ciudad de " + pick(CIUDADES) + ", con superficie de "
                + (90 + random.nextInt(900)) + "." + random.nextInt(100) + " metros cuadrados.";
        case 2 ->
            "Medidas y colindancias: al norte " + (8 + random.nextInt(30)) + " metros con "
                + pick(COLINDANCIAS) + "; al sur " + (8 + random.nextInt(30)) + " metros con "
                + pick(COLINDANCIAS) + "; al oriente " + (10 + random.nextInt(40))
                + " metros con " + pick(COLINDANCIAS) + "; al poniente "
                + (10 + random.nextInt(40)) + " metros con " + pick(COLINDANCIAS) + ".";
        case 3 ->
            "Las partes pactan como precio de la " + pick(ACTOS) + " la cantidad de $"
                + (200 + random.nextInt(9000)) + "," + (100 + random.nextInt(900))
                + ".00 pesos, moneda nacional, que la parte adquirente paga en este acto.";
        case 4 ->
            "Se solicita la inscripción en el folio real " + pick(new String[] {"CUN", "PDC", "CHE", "COZ"})
                + "-FR-" + (100000 + random.nextInt(400000))
                + " del Registro Público de la Propiedad y del Comercio del Estado de Quintana Roo.";
        case 5 ->
            "La parte vendedora declara que el inmueble se encuentra libre de gravámenes,"
                + " limitaciones de dominio y adeudos fiscales, según certificado expedido por la"
                + " oficina registral de " + pick(CIUDADES) + ".";
        case 6 ->
            "Clave catastral " + (23000 + random.nextInt(12)) + "-" + (100 + random.nextInt(900))
                + "-" + (1000 + random.nextInt(9000)) + "-" + (100 + random.nextInt(900))
                + ", valor catastral de $" + (100 + random.nextInt(5000)) + ",000.00, según avalúo"
                + " practicado por perito valuador autorizado.";
        case 7 ->
            "El acreedor hipotecario otorga un crédito por la suma de $" + (300 + random.nextInt(4000))
                + ",000.00 con garantía del inmueble descrito, a un plazo de "
                + (5 + random.nextInt(25)) + " años, pagadero en mensualidades.";
        default ->
            "Doy fe de que conozco a los comparecientes, quienes se identifican con credencial"
                + " para votar y manifiestan su conformidad, firmando al margen y al calce para"
                + " constancia en presencia de " + persona() + ", testigo.";
      };
    }

    List<String> paragraphs(int n) {
      List<String> paragraphs = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        StringBuilder p = new StringBuilder();
        int sentences = 2 + random.nextInt(4);
        for (int s = 0; s < sentences; s++) {
          p.append(s == 0 ? "" : " ").append(sentence());
        }
        paragraphs.add(p.toString());
      }
      return paragraphs;
    }
  }

  /** PDFs: with a text layer (Helvetica, US letter), or one full-page image per page. */
  static final class Pdfs {
    static byte[] text(List<String> paragraphs, int pages) throws IOException {
      PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
      List<String> lines = new ArrayList<>();
      for (String p : paragraphs) {
        lines.addAll(wrap(p, 95));
        lines.add("");
      }
      int perPage = Math.max(1, (lines.size() + pages - 1) / pages);
      try (PDDocument document = new PDDocument()) {
        for (int page = 0; page < pages; page++) {
          PDPage pdPage = new PDPage(PDRectangle.LETTER);
          document.addPage(pdPage);
          try (PDPageContentStream content = new PDPageContentStream(document, pdPage)) {
            content.beginText();
            content.setFont(font, 10);
            content.setLeading(12.5f);
            content.newLineAtOffset(60, 740);
            for (int i = page * perPage; i < Math.min(lines.size(), (page + 1) * perPage); i++) {
              content.showText(lines.get(i));
              content.newLine();
            }
            content.endText();
          }
        }
        return bytes(document);
      }
    }

    static byte[] scanned(List<BufferedImage> images) throws IOException {
      try (PDDocument document = new PDDocument()) {
        for (BufferedImage image : images) {
          PDPage page = new PDPage(PDRectangle.LETTER);
          document.addPage(page);
          PDImageXObject xobject = LosslessFactory.createFromImage(document, image);
          try (PDPageContentStream content = new PDPageContentStream(document, page)) {
            content.drawImage(xobject, 0, 0, PDRectangle.LETTER.getWidth(), PDRectangle.LETTER.getHeight());
          }
        }
        return bytes(document);
      }
    }

    private static byte[] bytes(PDDocument document) throws IOException {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.save(out);
      return out.toByteArray();
    }
  }

  static List<String> wrap(String text, int width) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.split(" ")) {
      if (line.length() + word.length() + 1 > width && !line.isEmpty()) {
        lines.add(line.toString());
        line.setLength(0);
      }
      line.append(line.isEmpty() ? "" : " ").append(word);
    }
    if (!line.isEmpty()) {
      lines.add(line.toString());
    }
    return lines;
  }

  /** A scanned letter page: grey, black serif text of ~11 pt, a little noise. */
  static final class Scans {
    static BufferedImage page(String header, List<String> paragraphs, int dpi, Random random) {
      int width = (int) Math.round(8.5 * dpi);
      int height = 11 * dpi;
      BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
      Graphics2D g = image.createGraphics();
      g.setColor(new Color(246, 246, 246));
      g.fillRect(0, 0, width, height);
      g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.setFont(new Font(Font.SERIF, Font.PLAIN, (int) Math.round(11.0 * dpi / 72)));
      g.setColor(new Color(20, 20, 20));
      FontMetrics metrics = g.getFontMetrics();
      int margin = dpi;
      int y = margin;
      List<String> lines = new ArrayList<>();
      lines.add(header);
      lines.add("");
      for (String p : paragraphs) {
        lines.addAll(wrapPixels(p, metrics, width - 2 * margin));
        lines.add("");
      }
      for (String line : lines) {
        if (y > height - margin) {
          break;
        }
        g.drawString(line, margin, y);
        y += metrics.getHeight();
      }
      // speckles, as a scanner leaves them
      for (int i = 0; i < width * height / 2000; i++) {
        int shade = 80 + random.nextInt(120);
        g.setColor(new Color(shade, shade, shade));
        g.fillRect(random.nextInt(width), random.nextInt(height), 1 + random.nextInt(2), 1 + random.nextInt(2));
      }
      g.dispose();
      return image;
    }

    static List<String> wrapPixels(String text, FontMetrics metrics, int width) {
      List<String> lines = new ArrayList<>();
      StringBuilder line = new StringBuilder();
      for (String word : text.split(" ")) {
        String candidate = line.isEmpty() ? word : line + " " + word;
        if (metrics.stringWidth(candidate) > width && !line.isEmpty()) {
          lines.add(line.toString());
          line.setLength(0);
          line.append(word);
        } else {
          line.setLength(0);
          line.append(candidate);
        }
      }
      if (!line.isEmpty()) {
        lines.add(line.toString());
      }
      return lines;
    }

    /** PNG, JPEG (quality 0.85) or TIFF (LZW), as scanners write them. */
    static byte[] encode(BufferedImage image, String kind) throws IOException {
      String format = kind.equals("jpeg") ? "jpeg" : kind.equals("tiff") ? "tiff" : "png";
      ImageWriter writer = ImageIO.getImageWritersByFormatName(format).next();
      ImageWriteParam param = writer.getDefaultWriteParam();
      if (!format.equals("png")) {
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        if (format.equals("tiff")) {
          param.setCompressionType("LZW");
        } else {
          param.setCompressionQuality(0.85f);
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
        writer.setOutput(stream);
        writer.write(null, new IIOImage(image, null, null), param);
      } finally {
        writer.dispose();
      }
      return out.toByteArray();
    }
  }

  /** Minimal DOCX and ODT with one paragraph per element. */
  static final class Office {
    static byte[] docx(List<String> paragraphs) throws IOException {
      StringBuilder body = new StringBuilder();
      for (String p : paragraphs) {
        body.append("<w:p><w:r><w:t>").append(p).append("</w:t></w:r></w:p>");
      }
      return zip(
          null,
          "[Content_Types].xml",
          "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
              + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
              + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
              + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>",
          "_rels/.rels",
          "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
              + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>",
          "word/document.xml",
          "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
              + body
              + "</w:body></w:document>");
    }

    static byte[] odt(List<String> paragraphs) throws IOException {
      StringBuilder body = new StringBuilder();
      for (String p : paragraphs) {
        body.append("<text:p>").append(p).append("</text:p>");
      }
      return zip(
          "application/vnd.oasis.opendocument.text",
          "META-INF/manifest.xml",
          "<?xml version=\"1.0\" encoding=\"UTF-8\"?><manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" manifest:version=\"1.2\">"
              + "<manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"application/vnd.oasis.opendocument.text\"/>"
              + "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/></manifest:manifest>",
          "content.xml",
          "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
              + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" office:version=\"1.2\"><office:body><office:text>"
              + body
              + "</office:text></office:body></office:document-content>");
    }

    private static byte[] zip(String mimetype, String... nameContent) throws IOException {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (ZipOutputStream zip = new ZipOutputStream(out)) {
        if (mimetype != null) {
          byte[] bytes = mimetype.getBytes(StandardCharsets.US_ASCII);
          ZipEntry entry = new ZipEntry("mimetype");
          entry.setMethod(ZipEntry.STORED);
          entry.setSize(bytes.length);
          CRC32 crc = new CRC32();
          crc.update(bytes);
          entry.setCrc(crc.getValue());
          zip.putNextEntry(entry);
          zip.write(bytes);
          zip.closeEntry();
        }
        for (int i = 0; i < nameContent.length; i += 2) {
          zip.putNextEntry(new ZipEntry(nameContent[i]));
          zip.write(nameContent[i + 1].getBytes(StandardCharsets.UTF_8));
          zip.closeEntry();
        }
      }
      return out.toByteArray();
    }
  }
}
