package mx.gob.qroo.rppc.web.folio.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import mx.gob.qroo.rppc.audit.domain.Justification;
import mx.gob.qroo.rppc.document.application.DocumentReads;
import mx.gob.qroo.rppc.document.domain.DocumentOwner;
import mx.gob.qroo.rppc.document.domain.StoredDocument;
import mx.gob.qroo.rppc.folio.application.FolioQueries;
import mx.gob.qroo.rppc.folio.application.FolioView;
import mx.gob.qroo.rppc.shared.domain.RegistryTime;
import mx.gob.qroo.rppc.web.filing.ui.Messages;

/** Folio page: holders, liens and notices in force, and every entry ever signed. */
@Named
@RequestScoped
public class FolioPage {

  private static final DateTimeFormatter SIGNED =
      DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.forLanguageTag("es-MX"));

  @Inject FolioQueries queries;
  @Inject DocumentReads documentReads;

  private String folioNumber;
  private FolioView folio;
  private List<StoredDocument> documents;

  public void load() {
    if (folioNumber != null && !folioNumber.isBlank()) {
      folio = Messages.attempt(() -> queries.state(folioNumber, null));
    }
  }

  public String signedAt(FolioView.EntryView entry) {
    return SIGNED.format(RegistryTime.local(entry.signedAt()));
  }

  /** The reason codes an access may give where no filing explains it. */
  public List<Justification.Reason> getReasons() {
    return List.of(Justification.Reason.values());
  }

  public FolioView getFolio() {
    return folio;
  }

  /**
   * The documents of the folio's entries; asked for only by the page of staff who may read them.
   */
  public List<StoredDocument> getDocuments() {
    if (documents == null && folio != null) {
      documents = Messages.attempt(() -> documentReads.ofFolio(folio.folioNumber()));
    }
    return documents == null ? List.of() : documents;
  }

  /** The entry a document belongs to. */
  public int sequenceOf(StoredDocument document) {
    return ((DocumentOwner.OfEntry) document.owner()).sequence();
  }

  public String getFolioNumber() {
    return folioNumber;
  }

  public void setFolioNumber(String folioNumber) {
    this.folioNumber = folioNumber;
  }
}
