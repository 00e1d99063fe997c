package mx.gob.qroo.rppc.document.application.batch;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.file.NoSuchFileException;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import mx.gob.qroo.rppc.document.domain.LegacyBatch;
import mx.gob.qroo.rppc.document.domain.LegacyRecords;
import mx.gob.qroo.rppc.document.domain.ManifestLine;
import mx.gob.qroo.rppc.document.domain.PageFile;
import mx.gob.qroo.rppc.document.infrastructure.BatchSource;
import mx.gob.qroo.rppc.document.infrastructure.BlobStore;
import mx.gob.qroo.rppc.document.infrastructure.LegacyInbox;
import mx.gob.qroo.rppc.document.infrastructure.ManifestFormat;
import mx.gob.qroo.rppc.shared.domain.InvalidRequestException;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a batch's manifest line by line and stores each page's file in the blob store (content
 * addressed, so reading a line again stores nothing new). Its checkpoint is the number of lines
 * consumed; a restart skips them.
 */
@Named
@Dependent
public class ManifestReader extends AbstractItemReader {

  @Inject
  @BatchProperty(name = "batchId")
  String batchId;

  @Inject LegacyRecords records;
  @Inject LegacyInbox inbox;
  @Inject BlobStore blobs;

  private BatchSource source;
  private CSVParser parser;
  private Iterator<CSVRecord> lines;
  private int consumed;

  @Override
  public void open(Serializable checkpoint) throws IOException {
    LegacyBatch batch =
        records
            .batch(Long.parseLong(batchId))
            .orElseThrow(() -> new IllegalStateException("no existe el lote " + batchId));
    source = BatchSource.open(inbox.resolve(batch.source()));
    parser = ManifestFormat.parse(source.manifest());
    lines = parser.iterator();
    consumed = checkpoint == null ? 0 : (Integer) checkpoint;
    for (int i = 0; i < consumed && lines.hasNext(); i++) {
      lines.next();
    }
  }

  @Override
  public Object readItem() {
    if (!lines.hasNext()) {
      return null;
    }
    CSVRecord csv = lines.next();
    consumed++;
    // the file's line: the header is line 1
    return read(consumed + 1, csv);
  }

  private PageFile read(int lineNumber, CSVRecord csv) {
    Map<String, String> fields = new HashMap<>();
    csv.toMap().forEach((k, v) -> fields.put(k.toLowerCase(Locale.ROOT), v));
    ManifestLine line;
    try {
      line = ManifestLine.of(lineNumber, fields);
    } catch (IllegalArgumentException e) {
      return PageFile.refused(lineNumber, e.getMessage());
    }
    try (InputStream in = source.page(line.file())) {
      BlobStore.Stored stored = blobs.store(in);
      return new PageFile(lineNumber, line, stored.sha256(), stored.size(), stored.head(), null);
    } catch (NoSuchFileException e) {
      return PageFile.refused(lineNumber, "el lote no tiene el archivo " + line.file());
    } catch (InvalidRequestException e) {
      return PageFile.refused(lineNumber, line.file() + ": " + e.violations().get(0).message());
    } catch (IOException e) {
      return PageFile.refused(lineNumber, "no se pudo leer " + line.file() + ": " + e.getMessage());
    }
  }

  @Override
  public Serializable checkpointInfo() {
    return consumed;
  }

  @Override
  public void close() throws IOException {
    if (parser != null) {
      parser.close();
    }
    if (source != null) {
      source.close();
    }
  }
}
