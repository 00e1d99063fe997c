import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;

/**
 * A synthetic batch of scanned pages of the old property books, for the demo and the tests: each
 * record (partida) of a book of Chetumal is two pages of typewritten Spanish, rendered from text
 * as a greyscale scan (PNG, and one JPEG and one TIFF), with the batch's manifest.csv. All names,
 * places and figures are invented; the same arguments always give the same bytes.
 *
 * <pre>
 * java config/demo/legacy-books/SampleBooks.java OUT_DIR [RECORDS] [--book N] [--zip]
 * </pre>
 *
 * writes OUT_DIR/manifest.csv and OUT_DIR/libro-N/… (or, with --zip, the same into OUT_DIR.zip);
 * RECORDS records (6 by default) of book N (1 by default), in two volumes.
 */
public class SampleBooks {

  private static final String[] BUYERS = {
    "María Dzul Pech", "José Canul Chan", "Rosa Euán May", "Pedro Balam Tun", "Ana Poot Cocom",
    "Luis Caamal Ek", "Elena Chi Uc", "Jorge Pat Noh"
  };
  private static final String[] SELLERS = {
    "Juan Pérez Canul", "Carmen Yam Ku", "Felipe Koh Tzec", "Teresa Mis Cab", "Ramón Xool Tuz"
  };
  private static final String[] PLACES = {
    "colonia Benito Juárez", "colonia Adolfo López Mateos", "colonia Santa Elena",
    "colonia Proterritorio", "fraccionamiento Las Américas"
  };
  private static final String[] MONTHS = {
    "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
    "octubre", "noviembre", "diciembre"
  };

  public static void main(String[] args) throws IOException {
    if (args.length < 1) {
      System.err.println("usage: java SampleBooks.java OUT_DIR [RECORDS] [--zip]");
      System.exit(2);
    }
    Path out = Path.of(args[0]);
    int records = args.length > 1 && !args[1].startsWith("--") ? Integer.parseInt(args[1]) : 6;
    boolean zip = List.of(args).contains("--zip");
    int at = List.of(args).indexOf("--book");
    int book = at >= 0 ? Integer.parseInt(args[at + 1]) : 1;
    List<Page> pages = pages(records, book);
    if (zip) {
      Path file = Path.of(out + ".zip");
      Files.createDirectories(file.toAbsolutePath().getParent());
      try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(file))) {
        put(z, "manifest.csv", manifest(pages).getBytes(StandardCharsets.UTF_8));
        for (Page p : pages) {
          put(z, p.file(), p.bytes());
        }
      }
      System.out.println(file + ": " + pages.size() + " pages");
    } else {
      Files.createDirectories(out);
      Files.writeString(out.resolve("manifest.csv"), manifest(pages), StandardCharsets.UTF_8);
      for (Page p : pages) {
        Path file = out.resolve(p.file());
        Files.createDirectories(file.getParent());
        Files.write(file, p.bytes());
      }
      System.out.println(out + ": " + pages.size() + " pages");
    }
  }

  record Page(
      int book, String volume, int record, int page, int sheet, String file, byte[] bytes) {}

  static List<Page> pages(int records, int book) throws IOException {
    Random random = new Random(1978L * 100_000_000 + book);
    List<Page> pages = new ArrayList<>();
    for (int i = 0; i < records; i++) {
      String volume = i < (records + 1) / 2 ? "I" : "II";
      int record = 101 + i;
      int sheet = 20 + 2 * i;
      String[] texts = texts(book, record, random);
      for (int p = 1; p <= texts.length; p++) {
        String format = i == 1 && p == 2 ? "jpg" : i == 2 && p == 1 ? "tif" : "png";
        String file =
            "libro-" + book + "/tomo-" + volume + "/partida-" + record + "-pagina-" + p + "." + format;
        pages.add(
            new Page(book, volume, record, p, sheet + p - 1, file, scan(texts[p - 1], format)));
      }
    }
    return pages;
  }

  static String manifest(List<Page> pages) {
    StringBuilder csv = new StringBuilder("oficina,libro,tomo,partida,foja,pagina,archivo\r\n");
    for (Page p : pages) {
      csv.append("CHE,")
          .append(p.book())
          .append(',')
          .append(p.volume())
          .append(',')
          .append(p.record())
          .append(',')
          .append(p.sheet())
          .append(',')
          .append(p.page())
          .append(',')
          .append(p.file())
          .append("\r\n");
    }
    return csv.toString();
  }

  /** The two pages of a record: the act, then its closing. */
  static String[] texts(int book, int record, Random random) {
    String buyer = BUYERS[random.nextInt(BUYERS.length)];
    String seller = SELLERS[random.nextInt(SELLERS.length)];
    String place = PLACES[random.nextInt(PLACES.length)];
    int day = 1 + random.nextInt(28);
    String month = MONTHS[random.nextInt(12)];
    int year = 1975 + random.nextInt(10);
    int lot = 1 + random.nextInt(40);
    int block = 1 + random.nextInt(20);
    int area = 150 + 10 * random.nextInt(40);
    int price = 20 + random.nextInt(200);
    String first =
        "LIBRO "
            + book
            + ". PARTIDA NUMERO "
            + record
            + "\n\nEn la ciudad de Chetumal, Quintana Roo, a "
            + day
            + " de "
            + month
            + " de "
            + year
            + ",\nse inscribe la compraventa del lote "
            + lot
            + " de la manzana "
            + block
            + "\nde la "
            + place
            + ", con superficie de "
            + area
            + "\nmetros cuadrados, que otorga "
            + seller
            + "\na favor de "
            + buyer
            + ", por el precio de\n"
            + price
            + " mil pesos, según escritura ante el notario\npúblico número "
            + (1 + random.nextInt(30))
            + " de esta ciudad.";
    String second =
        "Partida "
            + record
            + " (continuación)\n\nEl inmueble linda al norte con el lote "
            + (lot + 1)
            + ", al sur con\nel lote "
            + Math.max(1, lot - 1)
            + ", al oriente con la calle y al poniente\ncon propiedad particular. "
            + "No reporta gravámenes.\n\nDoy fe. El Registrador Público de la Propiedad.";
    return new String[] {first, second};
  }

  /** Text on a greyish page, as a scanner at about 150 dpi would give it. */
  static byte[] scan(String text, String format) throws IOException {
    BufferedImage image = new BufferedImage(1100, 760, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = image.createGraphics();
    g.setColor(new Color(236, 236, 230));
    g.fillRect(0, 0, image.getWidth(), image.getHeight());
    g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setColor(new Color(25, 25, 25));
    g.setFont(new Font(Font.MONOSPACED, Font.PLAIN, 26));
    int y = 70;
    for (String line : text.split("\n")) {
      g.drawString(line, 60, y);
      y += 40;
    }
    g.dispose();
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    if (!ImageIO.write(image, format.equals("jpg") ? "jpeg" : format.equals("tif") ? "tiff" : "png", bytes)) {
      throw new IOException("no writer for " + format);
    }
    return bytes.toByteArray();
  }

  private static void put(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
    ZipEntry entry = new ZipEntry(name);
    entry.setTime(315_576_000_000L); // a fixed date (1980), so that the ZIP's bytes never vary
    zip.putNextEntry(entry);
    zip.write(bytes);
    zip.closeEntry();
  }
}
