package mx.gob.qroo.rppc.web.document;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/** Files of every accepted type, written by the tests themselves, and hostile ones. */
final class SampleFiles {

  private SampleFiles() {}

  /** A PDF with a text layer. */
  static byte[] pdf(String text) throws IOException {
    try (PDDocument document = new PDDocument()) {
      PDPage page = new PDPage();
      document.addPage(page);
      try (PDPageContentStream content = new PDPageContentStream(document, page)) {
        content.beginText();
        content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 14);
        content.newLineAtOffset(72, 700);
        content.showText(text);
        content.endText();
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.save(out);
      return out.toByteArray();
    }
  }

  /** A PDF that opens only with a password. */
  static byte[] encryptedPdf() throws IOException {
    try (PDDocument document = new PDDocument()) {
      document.addPage(new PDPage());
      StandardProtectionPolicy policy =
          new StandardProtectionPolicy("dueño", "usuario", new AccessPermission());
      policy.setEncryptionKeyLength(128);
      document.protect(policy);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.save(out);
      return out.toByteArray();
    }
  }

  /** A scan: large black text on white, as an image of the format (png, jpeg, tiff). */
  static byte[] scan(String text, String format) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    if (!ImageIO.write(page(text), format, out)) {
      throw new IllegalStateException("no image writer for " + format);
    }
    return out.toByteArray();
  }

  /**
   * A PNG that declares 60,000 × 60,000 grey pixels (3.6 billion) in a few hundred bytes: its pixel
   * data is the start of blank rows, as a decompression bomb's would be.
   */
  static byte[] hugeImage() throws IOException {
    int side = 60_000;
    ByteArrayOutputStream rows = new ByteArrayOutputStream();
    try (DeflaterOutputStream deflate = new DeflaterOutputStream(rows)) {
      byte[] row = new byte[side + 1];
      for (int i = 0; i < 16; i++) {
        deflate.write(row);
      }
    }
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    png.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
    pngChunk(png, "IHDR", ByteBuffer.allocate(13).putInt(side).putInt(side).put((byte) 8).array());
    pngChunk(png, "IDAT", rows.toByteArray());
    pngChunk(png, "IEND", new byte[0]);
    return png.toByteArray();
  }

  private static void pngChunk(ByteArrayOutputStream png, String type, byte[] data) {
    byte[] typed = new byte[4 + data.length];
    System.arraycopy(type.getBytes(StandardCharsets.US_ASCII), 0, typed, 0, 4);
    System.arraycopy(data, 0, typed, 4, data.length);
    CRC32 crc = new CRC32();
    crc.update(typed);
    png.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
    png.writeBytes(typed);
    png.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
  }

  /** A multi-page TIFF, a page per text, as a scanner's feeder makes them. */
  static byte[] multiPageTiff(String... texts) throws IOException {
    ImageWriter writer = ImageIO.getImageWritersByFormatName("tiff").next();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
      writer.setOutput(stream);
      writer.prepareWriteSequence(null);
      for (String text : texts) {
        writer.writeToSequence(new IIOImage(page(text), null, null), null);
      }
      writer.endWriteSequence();
    } finally {
      writer.dispose();
    }
    return out.toByteArray();
  }

  private static BufferedImage page(String text) {
    return typed(new BufferedImage(1600, 240, BufferedImage.TYPE_INT_RGB), 64, 40, 140, text);
  }

  /**
   * A PDF without a text layer, as scanners make them: each page is the image of the same sheet
   * (stored once in the file, read again on every page).
   */
  static byte[] scannedPdf(int pages, String... lines) throws IOException {
    try (PDDocument document = new PDDocument()) {
      PDImageXObject scan = LosslessFactory.createFromImage(document, sheet(lines));
      for (int i = 0; i < pages; i++) {
        PDPage page = new PDPage(PDRectangle.LETTER);
        document.addPage(page);
        try (PDPageContentStream content = new PDPageContentStream(document, page)) {
          PDRectangle box = page.getMediaBox();
          content.drawImage(scan, 0, 0, box.getWidth(), box.getHeight());
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.save(out);
      return out.toByteArray();
    }
  }

  /** A sheet fed to the scanner upside down, as a PNG. */
  static byte[] upsideDownScan(String... lines) throws IOException {
    BufferedImage sheet = sheet(lines);
    BufferedImage turned =
        new BufferedImage(sheet.getWidth(), sheet.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = turned.createGraphics();
    g.rotate(Math.PI, sheet.getWidth() / 2.0, sheet.getHeight() / 2.0);
    g.drawImage(sheet, 0, 0, null);
    g.dispose();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(turned, "png", out);
    return out.toByteArray();
  }

  /** A letter sheet at 150 dpi, a line of typed text per line given, in grey. */
  private static BufferedImage sheet(String... lines) {
    return typed(new BufferedImage(1275, 1650, BufferedImage.TYPE_BYTE_GRAY), 34, 110, 200, lines);
  }

  /** Black serif lines on a white image, the first line's baseline at (x, y). */
  private static BufferedImage typed(
      BufferedImage image, int fontSize, int x, int y, String... lines) {
    Graphics2D g = image.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, image.getWidth(), image.getHeight());
    g.setColor(Color.BLACK);
    g.setRenderingHint(
        RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setFont(new Font(Font.SERIF, Font.PLAIN, fontSize));
    for (int i = 0; i < lines.length; i++) {
      g.drawString(lines[i], x, y + i * fontSize * 2);
    }
    g.dispose();
    return image;
  }

  /** A minimal Word document with one paragraph. */
  static byte[] docx(String text) throws IOException {
    return zip(
        new String[] {
          "[Content_Types].xml",
          "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
              + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
              + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
              + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>",
          "_rels/.rels",
          "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
              + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>",
          "word/document.xml",
          "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
              + "<w:body><w:p><w:r><w:t>"
              + text
              + "</w:t></w:r></w:p></w:body></w:document>"
        },
        null);
  }

  /** A minimal OpenDocument text with one paragraph. */
  static byte[] odt(String text) throws IOException {
    return zip(
        new String[] {
          "META-INF/manifest.xml",
          "<?xml version=\"1.0\" encoding=\"UTF-8\"?><manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" manifest:version=\"1.2\">"
              + "<manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"application/vnd.oasis.opendocument.text\"/>"
              + "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/></manifest:manifest>",
          "content.xml",
          "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
              + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" office:version=\"1.2\"><office:body><office:text>"
              + "<text:p>"
              + text
              + "</text:p></office:text></office:body></office:document-content>"
        },
        "application/vnd.oasis.opendocument.text");
  }

  /**
   * A Word document whose text expands from ~200 KB to 200 MB: a zip bomb. Tika stops reading it;
   * the document ends FAILED.
   */
  static byte[] zipBombDocx() throws IOException {
    StringBuilder filler = new StringBuilder(1 << 20);
    filler.append("a".repeat(1 << 20));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      byte[] head = docx("x");
      // the parts of a valid document, then a huge body
      put(
          zip,
          "[Content_Types].xml",
          new String(entry(head, "[Content_Types].xml"), StandardCharsets.UTF_8));
      put(zip, "_rels/.rels", new String(entry(head, "_rels/.rels"), StandardCharsets.UTF_8));
      zip.putNextEntry(new ZipEntry("word/document.xml"));
      zip.write(
          ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>")
              .getBytes(StandardCharsets.UTF_8));
      byte[] chunk = filler.toString().getBytes(StandardCharsets.UTF_8);
      for (int i = 0; i < 200; i++) {
        zip.write(chunk);
      }
      zip.write("</w:t></w:r></w:p></w:body></w:document>".getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    return out.toByteArray();
  }

  private static byte[] entry(byte[] zipBytes, String name) throws IOException {
    try (var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zipBytes))) {
      ZipEntry e;
      while ((e = in.getNextEntry()) != null) {
        if (e.getName().equals(name)) {
          return in.readAllBytes();
        }
      }
    }
    throw new IllegalStateException(name);
  }

  private static byte[] zip(String[] nameContent, String mimetype) throws IOException {
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
        put(zip, nameContent[i], nameContent[i + 1]);
      }
    }
    return out.toByteArray();
  }

  private static void put(ZipOutputStream zip, String name, String content) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(content.getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
  }
}
