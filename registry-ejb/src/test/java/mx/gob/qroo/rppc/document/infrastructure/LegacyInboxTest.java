package mx.gob.qroo.rppc.document.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import mx.gob.qroo.rppc.shared.domain.InvalidRequestException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LegacyInboxTest {

  @TempDir Path root;
  private final LegacyInbox inbox = new LegacyInbox();

  @BeforeEach
  void inboxHere() {
    System.setProperty("rppc.legacy.inbox", root.toString());
    System.setProperty("rppc.legacy.max-upload-bytes", "1000");
  }

  @AfterEach
  void defaults() {
    System.clearProperty("rppc.legacy.inbox");
    System.clearProperty("rppc.legacy.max-upload-bytes");
  }

  @Test
  void anUploadedZipIsKeptUnderItsNameAndListed() throws Exception {
    inbox.keep(new ByteArrayInputStream(new byte[1000]), "lote-1.zip");
    assertThat(Files.size(root.resolve("lote-1.zip"))).isEqualTo(1000);
    assertThat(inbox.batches()).containsExactly("lote-1.zip");
    assertThat(inbox.resolve("lote-1.zip")).isEqualTo(root.resolve("lote-1.zip"));
  }

  @Test
  void aZipPastTheLimitIsRefusedAndNothingOfItStays() throws Exception {
    assertThatThrownBy(() -> inbox.keep(new ByteArrayInputStream(new byte[1001]), "grande.zip"))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("límite");
    try (var left = Files.list(root)) {
      assertThat(left).isEmpty();
    }
  }

  @Test
  void onlyPlainNamesOfTheInboxResolve() {
    assertThatThrownBy(() -> inbox.resolve("../etc")).hasMessageContaining("nombre de un lote");
    assertThatThrownBy(() -> inbox.resolve(".oculto")).hasMessageContaining("nombre de un lote");
    assertThatThrownBy(() -> inbox.resolve("no-existe")).hasMessageContaining("no hay un lote");
  }
}
