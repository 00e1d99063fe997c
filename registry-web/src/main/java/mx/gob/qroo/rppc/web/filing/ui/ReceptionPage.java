package mx.gob.qroo.rppc.web.filing.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import mx.gob.qroo.rppc.audit.application.OfficeReach;
import mx.gob.qroo.rppc.filing.application.FilingReception;
import mx.gob.qroo.rppc.filing.application.ReceivedFiling;
import mx.gob.qroo.rppc.filing.application.ReceptionCommand;
import mx.gob.qroo.rppc.filing.application.ReceptionCommand.ActCommand;
import mx.gob.qroo.rppc.filing.application.ReceptionCommand.DeedCommand;
import mx.gob.qroo.rppc.filing.domain.ProcedureType;
import mx.gob.qroo.rppc.filing.domain.ProcedureTypeCatalogue;
import mx.gob.qroo.rppc.party.application.HolderCommand;
import mx.gob.qroo.rppc.shared.domain.Office;

/** Ventanilla: the counter clerk captures a filing and hands the applicant the receipt. */
@Named
@RequestScoped
public class ReceptionPage {

  @Inject FilingReception reception;
  @Inject ProcedureTypeCatalogue catalogue;
  @Inject OfficeReach offices;

  private String office;
  private String procedureType = "COMPRAVENTA";
  private String applicantName;
  private String applicantCurp;
  private String folios;
  private final List<HolderRow> holders = List.of(new HolderRow(), new HolderRow());
  private BigDecimal value;
  private BigDecimal amount;
  private String beneficiaryName;
  private String deedNumber;
  private String deedNotary;
  private String deedDate;
  private String expiresOn;
  private Integer pages = 1;
  private ReceivedFiling receipt;

  /** One holder line of the form. */
  public static class HolderRow {
    private String name;
    private String id;
    private BigDecimal share;

    public String getName() {
      return name;
    }

    public void setName(String name) {
      this.name = name;
    }

    public String getId() {
      return id;
    }

    public void setId(String id) {
      this.id = id;
    }

    public BigDecimal getShare() {
      return share;
    }

    public void setShare(BigDecimal share) {
      this.share = share;
    }

    boolean isEmpty() {
      return (name == null || name.isBlank()) && (id == null || id.isBlank()) && share == null;
    }

    HolderCommand toCommand() {
      String trimmed = id == null ? "" : id.trim();
      return trimmed.length() == 18
          ? new HolderCommand(name, trimmed, null, share)
          : new HolderCommand(name, null, trimmed, share);
    }
  }

  public void receive() {
    List<HolderCommand> captured = new ArrayList<>();
    holders.stream().filter(h -> !h.isEmpty()).forEach(h -> captured.add(h.toCommand()));
    DeedCommand deed =
        blank(deedNumber) && blank(deedNotary)
            ? null
            : new DeedCommand(deedNumber, deedNotary, blank(deedDate) ? null : deedDate);
    ActCommand act =
        new ActCommand(
            captured,
            value,
            deed,
            amount,
            blank(beneficiaryName) ? null : beneficiaryName,
            null,
            blank(expiresOn) ? null : expiresOn,
            null,
            null);
    List<String> folioList =
        blank(folios)
            ? List.of()
            : Arrays.stream(folios.split("[,\\s]+")).filter(s -> !s.isBlank()).toList();
    receipt =
        Messages.attempt(
            () ->
                reception.receive(
                    new ReceptionCommand(
                        office, procedureType, applicantName, applicantCurp, folioList, act, pages),
                    null));
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  /** The counters the clerk works at. */
  public List<Office> getOffices() {
    return offices.offices();
  }

  public List<ProcedureType> getProcedureTypes() {
    return catalogue.all();
  }

  public String receivedAt() {
    return receipt == null ? null : DisplayTimes.of(receipt.receivedAt());
  }

  public ReceivedFiling getReceipt() {
    return receipt;
  }

  public List<HolderRow> getHolders() {
    return holders;
  }

  public String getOffice() {
    if (office == null) {
      office = offices.home().name();
    }
    return office;
  }

  public void setOffice(String office) {
    this.office = office;
  }

  public String getProcedureType() {
    return procedureType;
  }

  public void setProcedureType(String procedureType) {
    this.procedureType = procedureType;
  }

  public String getApplicantName() {
    return applicantName;
  }

  public void setApplicantName(String applicantName) {
    this.applicantName = applicantName;
  }

  public String getApplicantCurp() {
    return applicantCurp;
  }

  public void setApplicantCurp(String applicantCurp) {
    this.applicantCurp = applicantCurp;
  }

  public String getFolios() {
    return folios;
  }

  public void setFolios(String folios) {
    this.folios = folios;
  }

  public BigDecimal getValue() {
    return value;
  }

  public void setValue(BigDecimal value) {
    this.value = value;
  }

  public BigDecimal getAmount() {
    return amount;
  }

  public void setAmount(BigDecimal amount) {
    this.amount = amount;
  }

  public String getBeneficiaryName() {
    return beneficiaryName;
  }

  public void setBeneficiaryName(String beneficiaryName) {
    this.beneficiaryName = beneficiaryName;
  }

  public String getDeedNumber() {
    return deedNumber;
  }

  public void setDeedNumber(String deedNumber) {
    this.deedNumber = deedNumber;
  }

  public String getDeedNotary() {
    return deedNotary;
  }

  public void setDeedNotary(String deedNotary) {
    this.deedNotary = deedNotary;
  }

  public String getDeedDate() {
    return deedDate;
  }

  public void setDeedDate(String deedDate) {
    this.deedDate = deedDate;
  }

  public String getExpiresOn() {
    return expiresOn;
  }

  public void setExpiresOn(String expiresOn) {
    this.expiresOn = expiresOn;
  }

  public Integer getPages() {
    return pages;
  }

  public void setPages(Integer pages) {
    this.pages = pages;
  }
}
