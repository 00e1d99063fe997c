package mx.gob.qroo.rppc.document.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TiffPagesTest {

  @TempDir Path dir;

  @Test
  void aPageWithMorePixelsThanTheBoundIsDecodedReducedNotWhole() throws IOException {
    // left half black, right half white
    BufferedImage scan = new BufferedImage(1200, 900, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = scan.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(600, 0, 600, 900);
    g.dispose();
    Path tiff = dir.resolve("plano.tif");
    ImageIO.write(scan, "tiff", tiff.toFile());

    ByteArrayOutputStream png = new ByteArrayOutputStream();
    assertThat(TiffPages.writePng(tiff, 0, png, 40_000)).isEqualTo(TiffPages.Shown.WRITTEN);
    BufferedImage shown = ImageIO.read(new ByteArrayInputStream(png.toByteArray()));
    // every 6th pixel of every 6th row: 200 × 150, the first bound-respecting step
    assertThat(shown.getWidth()).isEqualTo(200);
    assertThat(shown.getHeight()).isEqualTo(150);
    assertThat((long) shown.getWidth() * shown.getHeight()).isLessThanOrEqualTo(40_000);
    assertThat(shown.getRGB(10, 75) & 0xffffff).isZero();
    assertThat(shown.getRGB(190, 75) & 0xffffff).isEqualTo(0xffffff);

    ByteArrayOutputStream whole = new ByteArrayOutputStream();
    assertThat(TiffPages.writePng(tiff, 0, whole)).isEqualTo(TiffPages.Shown.WRITTEN);
    assertThat(ImageIO.read(new ByteArrayInputStream(whole.toByteArray())).getWidth())
        .isEqualTo(1200);
    assertThat(TiffPages.writePng(tiff, 1, new ByteArrayOutputStream()))
        .isEqualTo(TiffPages.Shown.NO_SUCH_PAGE);
  }

  @Test
  void aPageKeptAsOneBlockLargerThanTheBoundIsNotDecodedAtAll() throws IOException {
    // Java's TIFF reader decompresses a tile whole, whatever the subsampling
    Path tiff = dir.resolve("un-bloque.tif");
    ImageWriter writer = ImageIO.getImageWritersByFormatName("tiff").next();
    ImageWriteParam param = writer.getDefaultWriteParam();
    param.setTilingMode(ImageWriteParam.MODE_EXPLICIT);
    param.setTiling(600, 600, 0, 0);
    try (ImageOutputStream out = ImageIO.createImageOutputStream(tiff.toFile())) {
      writer.setOutput(out);
      writer.write(
          null,
          new IIOImage(new BufferedImage(600, 600, BufferedImage.TYPE_BYTE_GRAY), null, null),
          param);
    } finally {
      writer.dispose();
    }
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    assertThat(TiffPages.writePng(tiff, 0, png, 40_000)).isEqualTo(TiffPages.Shown.TOO_LARGE);
    assertThat(png.size()).isZero();
    // tiles are multiples of 16 pixels: 608 × 608
    assertThat(TiffPages.writePng(tiff, 0, png, 400_000)).isEqualTo(TiffPages.Shown.WRITTEN);
  }

  @Test
  void theStepIsTheLeastThatKeepsThePageWithinTheBound() {
    assertThat(TiffPages.subsampling(1200, 900, 2_000_000)).isEqualTo(1);
    assertThat(TiffPages.subsampling(1200, 900, 1_080_000)).isEqualTo(1);
    assertThat(TiffPages.subsampling(1200, 900, 1_079_999)).isEqualTo(2);
    // 60,000 × 60,000 (3.6 billion): every 4th pixel, 15,000 × 15,000 = 225 million
    assertThat(TiffPages.subsampling(60_000, 60_000, ImageSize.MAX_PIXELS)).isEqualTo(4);
    // a page of 4 billion × 1 keeps every 16th pixel of its only row
    assertThat(TiffPages.subsampling(4_000_000_000L, 1, ImageSize.MAX_PIXELS)).isEqualTo(16);
  }
}
