package mx.gob.qroo.rppc.web.document.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import mx.gob.qroo.rppc.document.application.DocumentReads;
import mx.gob.qroo.rppc.document.application.LegacyMigration;
import mx.gob.qroo.rppc.document.application.LegacyRecordReads;
import mx.gob.qroo.rppc.document.domain.StoredDocument;
import mx.gob.qroo.rppc.folio.application.FolioCommand;
import mx.gob.qroo.rppc.folio.application.FolioView;
import mx.gob.qroo.rppc.folio.domain.Municipality;
import mx.gob.qroo.rppc.party.application.HolderCommand;
import mx.gob.qroo.rppc.web.filing.ui.Messages;

/**
 * A record of the paper books ({@code /backoffice/partida.xhtml?id=}): its reference, its pages
 * with the text OCR read from them, and, for the registrar, the form that migrates it to a property
 * folio whose opening entry cites it.
 */
@Named
@RequestScoped
public class LegacyRecordPage {

  @Inject LegacyRecordReads records;
  @Inject DocumentReads documents;
  @Inject LegacyMigration migration;

  private long id;
  private LegacyRecordReads.RecordWithPages found;
  private boolean loaded;

  private String municipality;
  private String cadastralKey;
  private String address;
  private BigDecimal areaM2;
  private String holderName;
  private String holderCurp;
  private String holderRfc;

  public LegacyRecordReads.RecordWithPages getFound() {
    if (!loaded && id > 0) {
      loaded = true;
      found = Messages.attempt(() -> records.record(id));
    }
    return found;
  }

  /** The text of a page, as extraction left it. */
  public String text(StoredDocument page) {
    return Messages.attempt(() -> documents.text(page.id()));
  }

  public Municipality[] getMunicipalities() {
    return Municipality.values();
  }

  public String migrate() {
    List<HolderCommand> holders = new ArrayList<>();
    if (holderName != null && !holderName.isBlank()) {
      holders.add(
          new HolderCommand(holderName, blank(holderCurp), blank(holderRfc), new BigDecimal(100)));
    }
    FolioView folio =
        Messages.attempt(
            () ->
                migration.migrate(
                    id,
                    new FolioCommand(
                        "PROPERTY",
                        null,
                        municipality,
                        cadastralKey,
                        address,
                        areaM2,
                        null,
                        null,
                        null,
                        null,
                        holders)));
    if (folio == null) {
      return null;
    }
    Messages.info("Partida migrada: se abrió el folio " + folio.folioNumber() + ".");
    FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    return "folio.xhtml?faces-redirect=true&f=" + folio.folioNumber();
  }

  private static String blank(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  public long getId() {
    return id;
  }

  public void setId(long id) {
    this.id = id;
  }

  public String getMunicipality() {
    return municipality;
  }

  public void setMunicipality(String municipality) {
    this.municipality = municipality;
  }

  public String getCadastralKey() {
    return cadastralKey;
  }

  public void setCadastralKey(String cadastralKey) {
    this.cadastralKey = cadastralKey;
  }

  public String getAddress() {
    return address;
  }

  public void setAddress(String address) {
    this.address = address;
  }

  public BigDecimal getAreaM2() {
    return areaM2;
  }

  public void setAreaM2(BigDecimal areaM2) {
    this.areaM2 = areaM2;
  }

  public String getHolderName() {
    return holderName;
  }

  public void setHolderName(String holderName) {
    this.holderName = holderName;
  }

  public String getHolderCurp() {
    return holderCurp;
  }

  public void setHolderCurp(String holderCurp) {
    this.holderCurp = holderCurp;
  }

  public String getHolderRfc() {
    return holderRfc;
  }

  public void setHolderRfc(String holderRfc) {
    this.holderRfc = holderRfc;
  }
}
