package mx.gob.qroo.rppc.web.folio.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import mx.gob.qroo.rppc.audit.domain.Justification;
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

  private String folioNumber;
  private FolioView folio;

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

  public String getFolioNumber() {
    return folioNumber;
  }

  public void setFolioNumber(String folioNumber) {
    this.folioNumber = folioNumber;
  }
}
