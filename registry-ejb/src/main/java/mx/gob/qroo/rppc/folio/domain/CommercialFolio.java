package mx.gob.qroo.rppc.folio.domain;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import java.time.Instant;
import mx.gob.qroo.rppc.party.domain.Rfc;

/** Folio mercantil electrónico: one company (sociedad mercantil). */
@Entity
@DiscriminatorValue("COMMERCE")
public class CommercialFolio extends Folio {

  @Column(name = "company_name")
  private String companyName;

  @Column(name = "legal_form", length = 40)
  private String legalForm;

  @Column(name = "rfc", length = 13)
  private String rfc;

  @Column(name = "domicile")
  private String domicile;

  protected CommercialFolio() {}

  public CommercialFolio(
      FolioNumber number,
      Instant openedAt,
      String companyName,
      String legalForm,
      Rfc rfc,
      String domicile) {
    super(number, openedAt);
    if (number.kind() != FolioKind.COMMERCE) {
      throw new IllegalArgumentException("un folio mercantil lleva número FM");
    }
    if (blank(companyName) || blank(legalForm) || blank(domicile)) {
      throw new IllegalArgumentException(
          "el folio mercantil necesita denominación, forma y domicilio");
    }
    if (!rfc.isLegalPerson()) {
      throw new IllegalArgumentException("una sociedad tiene un RFC de 12 caracteres");
    }
    this.companyName = companyName.trim();
    this.legalForm = legalForm.trim();
    this.rfc = rfc.value();
    this.domicile = domicile.trim();
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  @Override
  public FolioKind kind() {
    return FolioKind.COMMERCE;
  }

  public String companyName() {
    return companyName;
  }

  public String legalForm() {
    return legalForm;
  }

  public Rfc rfc() {
    return Rfc.of(rfc);
  }

  public String domicile() {
    return domicile;
  }
}
