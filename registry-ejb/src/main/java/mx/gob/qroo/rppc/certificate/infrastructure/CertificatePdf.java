package mx.gob.qroo.rppc.certificate.infrastructure;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import mx.gob.qroo.rppc.certificate.domain.CertificateFacts;
import mx.gob.qroo.rppc.certificate.domain.PendingFiling;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Draws a lien certificate as a PDF (letter size): the registry, the folio, the holders, the liens
 * and notices in force at the certificate's instant (or that it is free of them), the verification
 * code and a QR code of the verification address, drawn as vector squares. Only the facts, code and
 * instant go in, so the same certificate always draws the same page.
 */
public final class CertificatePdf {

  private static final ZoneId CANCUN = ZoneId.of("America/Cancun");
  private static final Locale ES_MX = Locale.forLanguageTag("es-MX");
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("d 'de' MMMM 'de' yyyy, HH:mm:ss 'h'", ES_MX).withZone(CANCUN);
  private static final float MARGIN = 56;
  private static final float WIDTH = PDRectangle.LETTER.getWidth() - 2 * MARGIN;

  private final PDFont regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
  private final PDFont bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);

  /** The unsigned PDF. */
  public byte[] render(CertificateFacts facts, String code, String verifyUrl) {
    try (PDDocument document = new PDDocument()) {
      PDDocumentInformation info = document.getDocumentInformation();
      info.setTitle("Certificado de libertad o existencia de gravámenes " + code);
      info.setAuthor("Registro Público de la Propiedad y del Comercio de Quintana Roo");
      Calendar created = new GregorianCalendar(TimeZone.getTimeZone(CANCUN), ES_MX);
      created.setTimeInMillis(facts.asOf().toEpochMilli());
      info.setCreationDate(created);
      // the file identifier too comes from the certificate, not from the clock: same page, same
      // bytes
      byte[] id = identifier(code, facts);
      COSArray ids = new COSArray();
      ids.add(new COSString(id));
      ids.add(new COSString(id));
      document.getDocument().getTrailer().setItem(COSName.ID, ids);
      Writer page = new Writer(document);
      page.line(bold, 14, "Registro Público de la Propiedad y del Comercio de Quintana Roo");
      page.line(bold, 13, "Certificado de libertad o existencia de gravámenes");
      page.gap(6);
      page.text(
          regular,
          10,
          "Folio real "
              + facts.folioNumber()
              + (facts.cadastralKey() == null ? "" : " · clave catastral " + facts.cadastralKey()));
      if (facts.address() != null) {
        page.text(regular, 10, "Inmueble: " + facts.address());
      }
      page.text(
          regular,
          10,
          "Estado del folio al "
              + WHEN.format(facts.asOf())
              + " (hora de Quintana Roo), según sus asientos firmados hasta ese instante.");
      page.gap(8);
      page.line(bold, 11, "Titulares");
      if (facts.holders().isEmpty()) {
        page.text(regular, 10, "Sin titulares inscritos.");
      }
      for (CertificateFacts.Holding h : facts.holders()) {
        page.text(regular, 10, "• " + h.name() + " — " + percent(h.share()) + " %");
      }
      page.gap(8);
      if (facts.unencumbered()) {
        page.line(bold, 12, "LIBRE DE GRAVÁMENES");
        page.text(
            regular,
            10,
            "A esa fecha no hay gravámenes ni avisos preventivos vigentes inscritos en el folio.");
      } else {
        page.line(bold, 12, "EXISTENCIA DE GRAVÁMENES");
        standing(page, "Gravámenes vigentes", facts.encumbrances());
        standing(page, "Avisos preventivos vigentes", facts.notices());
      }
      if (!facts.pending().isEmpty()) {
        page.gap(8);
        page.line(bold, 11, "Solicitudes en trámite sobre el folio");
        page.text(
            regular,
            9,
            "Presentadas y aún no resueltas al emitirse este certificado: pueden inscribirse con la"
                + " prelación que les corresponde.");
        for (PendingFiling p : facts.pending()) {
          page.text(regular, 10, "• " + p.describe(WHEN::format) + ".");
        }
      }
      page.gap(12);
      page.line(bold, 10, "Código de verificación: " + code);
      page.text(
          regular,
          9,
          "Verifique este certificado en "
              + verifyUrl
              + " o con el código QR. Está firmado electrónicamente por el Registro; cualquier"
              + " cambio al archivo invalida la firma y deja de coincidir con el original.");
      page.qr(verifyUrl);
      page.close();
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("no se pudo dibujar el certificado " + code, e);
    }
  }

  private void standing(Writer page, String title, List<CertificateFacts.Standing> entries)
      throws IOException {
    if (entries.isEmpty()) {
      return;
    }
    page.line(bold, 11, title);
    for (CertificateFacts.Standing e : entries) {
      page.text(regular, 10, "• " + e.describe(WHEN::format) + ".");
    }
  }

  private static byte[] identifier(String code, CertificateFacts facts) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest(
                  (code + "|" + facts.folioNumber() + "|" + facts.asOf())
                      .getBytes(StandardCharsets.UTF_8));
      return Arrays.copyOf(digest, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String percent(BigDecimal share) {
    return share.stripTrailingZeros().toPlainString();
  }

  /** Writes lines top down, wrapping text to the page's width and adding pages as needed. */
  private final class Writer {
    private final PDDocument document;
    private PDPageContentStream content;
    private float y;

    Writer(PDDocument document) throws IOException {
      this.document = document;
      newPage();
    }

    private void newPage() throws IOException {
      if (content != null) {
        content.close();
      }
      PDPage page = new PDPage(PDRectangle.LETTER);
      document.addPage(page);
      content = new PDPageContentStream(document, page);
      y = PDRectangle.LETTER.getHeight() - MARGIN;
    }

    void gap(float points) {
      y -= points;
    }

    void line(PDFont font, float size, String text) throws IOException {
      if (y < MARGIN + size) {
        newPage();
      }
      content.beginText();
      content.setFont(font, size);
      content.newLineAtOffset(MARGIN, y - size);
      content.showText(text);
      content.endText();
      y -= size * 1.4f;
    }

    void text(PDFont font, float size, String text) throws IOException {
      for (String line : wrap(font, size, text)) {
        line(font, size, line);
      }
    }

    private List<String> wrap(PDFont font, float size, String text) throws IOException {
      List<String> lines = new ArrayList<>();
      StringBuilder current = new StringBuilder();
      for (String word : text.split(" ")) {
        String candidate = current.isEmpty() ? word : current + " " + word;
        if (font.getStringWidth(candidate) / 1000 * size > WIDTH && !current.isEmpty()) {
          lines.add(current.toString());
          current = new StringBuilder(word);
        } else {
          current = new StringBuilder(candidate);
        }
      }
      lines.add(current.toString());
      return lines;
    }

    void qr(String url) throws IOException {
      BitMatrix matrix;
      try {
        matrix =
            new QRCodeWriter()
                .encode(
                    url,
                    BarcodeFormat.QR_CODE,
                    0,
                    0,
                    Map.of(
                        EncodeHintType.ERROR_CORRECTION,
                        ErrorCorrectionLevel.M,
                        EncodeHintType.MARGIN,
                        2));
      } catch (WriterException e) {
        throw new IllegalStateException("no se pudo codificar el QR de " + url, e);
      }
      float module = 2.5f;
      float side = matrix.getWidth() * module;
      if (y - side < MARGIN) {
        newPage();
      }
      float top = y - 8;
      for (int row = 0; row < matrix.getHeight(); row++) {
        for (int col = 0; col < matrix.getWidth(); col++) {
          if (matrix.get(col, row)) {
            content.addRect(MARGIN + col * module, top - (row + 1) * module, module, module);
          }
        }
      }
      content.fill();
      y = top - side;
    }

    void close() throws IOException {
      content.close();
    }
  }
}
