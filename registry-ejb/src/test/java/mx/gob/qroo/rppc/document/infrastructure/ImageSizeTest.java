package mx.gob.qroo.rppc.document.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImageSizeTest {

  @TempDir Path dir;

  /** The signature and header of a grey PNG of the size given; its pixels never follow. */
  private Path pngHeader(int width, int height) throws IOException {
    ByteArrayOutputStream header = new ByteArrayOutputStream();
    DataOutputStream fields = new DataOutputStream(header);
    fields.writeBytes("IHDR");
    fields.writeInt(width);
    fields.writeInt(height);
    fields.write(new byte[] {8, 0, 0, 0, 0});
    CRC32 crc = new CRC32();
    crc.update(header.toByteArray());
    ByteArrayOutputStream file = new ByteArrayOutputStream();
    DataOutputStream out = new DataOutputStream(file);
    out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
    out.writeInt(13);
    out.write(header.toByteArray());
    out.writeInt((int) crc.getValue());
    Path png = dir.resolve(width + "x" + height + ".png");
    Files.write(png, file.toByteArray());
    return png;
  }

  @Test
  void anImageDeclaringBillionsOfPixelsIsTooLargeWithItsSizeInTheReason() throws IOException {
    assertThat(ImageSize.tooLarge(pngHeader(60_000, 60_000), "image/png"))
        .hasValueSatisfying(
            reason -> assertThat(reason).contains("60,000 × 60,000", "250 millones"));
  }

  @Test
  void aLargePlanScannedAt300DpiIsNot() throws IOException {
    assertThat(ImageSize.tooLarge(pngHeader(10_630, 14_170), "image/png")).isEmpty();
  }

  @Test
  void aMultiPageTiffIsJudgedByItsLargestPage() throws IOException {
    Path tiff = dir.resolve("small.tif");
    ImageIO.write(new BufferedImage(200, 100, BufferedImage.TYPE_BYTE_GRAY), "tiff", tiff.toFile());
    assertThat(ImageSize.tooLarge(tiff, "image/tiff")).isEmpty();
  }

  @Test
  void whatIsNoImageIsLeftToTika() throws IOException {
    Path notAnImage = dir.resolve("x.png");
    Files.writeString(notAnImage, "no soy una imagen");
    assertThat(ImageSize.tooLarge(notAnImage, "image/png")).isEmpty();
    assertThat(ImageSize.tooLarge(pngHeader(60_000, 60_000), "application/pdf")).isEmpty();
  }
}
