package mx.gob.qroo.rppc.document.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import mx.gob.qroo.rppc.shared.domain.InvalidRequestException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BlobStoreTest {

  @TempDir Path root;
  private final BlobStore store = new BlobStore();

  @BeforeEach
  void aRoot() {
    System.setProperty("rppc.documents.root", root.toString());
  }

  @AfterEach
  void clear() {
    System.clearProperty("rppc.documents.root");
    System.clearProperty("rppc.documents.max-bytes");
  }

  @Test
  void contentIsStoredOnceUnderItsHashAndNoTemporaryFileIsLeft() throws Exception {
    byte[] bytes = "%PDF-1.7 una escritura".getBytes(StandardCharsets.UTF_8);
    BlobStore.Stored first = store.store(new ByteArrayInputStream(bytes));
    BlobStore.Stored again = store.store(new ByteArrayInputStream(bytes));

    assertThat(again.sha256()).isEqualTo(first.sha256());
    Path file = store.pathOf(first.sha256());
    assertThat(file).startsWith(root).hasBinaryContent(bytes);
    assertThat(file.getParent().getFileName().toString()).isEqualTo(first.sha256().substring(2, 4));
    assertThat(first.size()).isEqualTo(bytes.length);
    assertThat(first.head()).isEqualTo(bytes);
    try (var leftovers = Files.list(root.resolve("tmp"))) {
      assertThat(leftovers).isEmpty();
    }
  }

  @Test
  void aFileOverTheLimitOrEmptyIsRefusedAndNothingIsKept() throws Exception {
    System.setProperty("rppc.documents.max-bytes", "10");
    assertThatThrownBy(() -> store.store(new ByteArrayInputStream(new byte[11])))
        .isInstanceOf(InvalidRequestException.class);
    assertThatThrownBy(() -> store.store(new ByteArrayInputStream(new byte[0])))
        .isInstanceOf(InvalidRequestException.class);
    try (var files = Files.walk(root)) {
      assertThat(files.filter(Files::isRegularFile)).isEmpty();
    }
  }

  @Test
  void theTypeComesFromTheBytesAndTheNameOnlyRefinesIt() {
    byte[] png = {
      (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'
    };
    assertThat(TypeDetection.of(png, "escritura.pdf")).isEqualTo("image/png");
    assertThat(TypeDetection.of("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), "x.bin"))
        .isEqualTo("application/pdf");
  }
}
