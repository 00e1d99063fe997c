package mx.gob.qroo.rppc.web.document.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Set;
import mx.gob.qroo.rppc.document.application.DocumentReads;
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

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }
}
