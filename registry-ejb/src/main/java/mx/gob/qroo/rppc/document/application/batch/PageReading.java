package mx.gob.qroo.rppc.document.application.batch;

import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import mx.gob.qroo.rppc.document.domain.DocumentType;
import mx.gob.qroo.rppc.document.domain.Documents;
import mx.gob.qroo.rppc.document.domain.IngestedPage;
import mx.gob.qroo.rppc.document.domain.PageFile;
import mx.gob.qroo.rppc.document.infrastructure.BlobStore;
import mx.gob.qroo.rppc.document.infrastructure.TikaExtraction;
import mx.gob.qroo.rppc.document.infrastructure.TypeDetection;

/**
 * Checks a page's real type and reads its text (Tika, with Tesseract in Spanish for scans); a page
 * that cannot be read is kept as a FAILED document with the reason.
 */
@Named
@Dependent
public class PageReading implements ItemProcessor {

  @Inject BlobStore blobs;
  @Inject Documents documents;
  @Inject TikaExtraction tika;

  @Override
  public Object processItem(Object item) {
    PageFile page = (PageFile) item;
    if (!page.taken()) {
      return IngestedPage.refused(page.manifestLine(), page.reason());
    }
    DocumentType type;
    try {
      type =
          DocumentType.check(TypeDetection.of(page.head(), page.line().file()), page.line().file());
    } catch (IllegalArgumentException e) {
      return IngestedPage.refused(page.manifestLine(), page.line().file() + ": " + e.getMessage());
    }
    // a content already read (a line met again after a restart, the same scan in another batch)
    // is not read again
    Documents.Extraction read =
        documents.extracted(page.sha256()).orElseGet(() -> extract(page, type));
    return new IngestedPage(
        page.manifestLine(),
        page.line(),
        page.sha256(),
        page.sizeBytes(),
        type.mediaType(),
        read.status(),
        read.reason(),
        read.pages(),
        read.text());
  }

  /**
   * Tika not listening fails the chunk, and so the batch, which is resumed from its checkpoint once
   * Tika is back; a page that stopped Tika mid-parse fails alone, so that one hostile scan cannot
   * stop its batch for good.
   */
  private Documents.Extraction extract(PageFile page, DocumentType type) {
    try {
      return tika.extract(blobs.pathOf(page.sha256()), type.mediaType());
    } catch (TikaExtraction.Unavailable e) {
      if (!e.duringParse()) {
        throw e;
      }
      return Documents.Extraction.failed(TikaExtraction.STOPPED);
    }
  }
}
