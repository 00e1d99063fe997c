package mx.gob.qroo.rppc.web.document.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Set;
import mx.gob.qroo.rppc.document.application.DocumentReads;
import mx.gob.qroo.rppc.document.domain.DocumentOwner;
import mx.gob.qroo.rppc.document.domain.StoredDocument;
import mx.gob.qroo.rppc.web.filing.ui.DisplayTimes;
import mx.gob.qroo.rppc.web.filing.ui.Messages;

/**
 * The document viewer ({@code /backoffice/documento.xhtml?id=}): the file itself when the browser
 * can show it (PDF, PNG, JPEG), else a link to it; its extracted text, hash and state.
 */
@Named
@RequestScoped
public class DocumentPage {

  private static final Set<String> SHOWN_INLINE =
      Set.of("application/pdf", "image/png", "image/jpeg");

  @Inject DocumentReads documents;

  private Long id;
  private int page = 1;
  private StoredDocument document;
  private String text;

  public void load() {
    if (id == null) {
      return;
    }
    document = Messages.attempt(() -> documents.document(id));
    if (document != null) {
      text = Messages.attempt(() -> documents.text(id));
    }
  }

  public StoredDocument getDocument() {
    return document;
  }

  public String getText() {
    return text;
  }

  public boolean isPdf() {
    return document != null && "application/pdf".equals(document.mediaType());
  }

  public boolean isImage() {
    return document != null && SHOWN_INLINE.contains(document.mediaType()) && !isPdf();
  }

  /** A TIFF: shown a page at a time, as PNG. */
  public boolean isTiff() {
    return document != null && "image/tiff".equals(document.mediaType());
  }

  /** Pages of a paged image as extraction counted them (1 until then). */
  public int getPageCount() {
    return document == null || document.pages() == null ? 1 : Math.max(1, document.pages());
  }

  /** What the document belongs to, in words, and where to see it. */
  public String getOwnerLabel() {
    if (document.owner() instanceof DocumentOwner.OfEntry e) {
      return "Asiento " + e.sequence() + " del folio " + e.folioNumber();
    }
    if (document.owner() instanceof DocumentOwner.OfLegacyRecord l) {
      return "Página "
          + l.page()
          + (l.sheet() == null ? "" : " (foja " + l.sheet() + ")")
          + " de "
          + l.ref().citation();
    }
    return "Solicitud " + document.filingEntryNumber();
  }

  public String getOwnerLink() {
    if (document.owner() instanceof DocumentOwner.OfEntry e) {
      return "folio.xhtml?f=" + e.folioNumber();
    }
    if (document.owner() instanceof DocumentOwner.OfLegacyRecord l) {
      return "partida.xhtml?id=" + l.recordId();
    }
    return "calificacion.xhtml?e=" + document.filingEntryNumber();
  }

  public String getUploadedAt() {
    return document == null ? null : DisplayTimes.of(document.uploadedAt());
  }

  public String getStatusLabel() {
    if (document == null) {
      return null;
    }
    return switch (document.status()) {
      case PROCESSING -> "En proceso: extrayendo el texto";
      case PROCESSED -> "Procesado";
      case FAILED -> "Falló: " + document.reason();
    };
  }

  public int getPage() {
    return page;
  }

  public void setPage(int page) {
    this.page = Math.max(1, page);
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }
}
