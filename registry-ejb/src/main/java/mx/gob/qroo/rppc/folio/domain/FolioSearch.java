package mx.gob.qroo.rppc.folio.domain;

/** What a folio search may ask: any combination; blank criteria are ignored. */
public record FolioSearch(String cadastralKey, String holderId, String companyName) {

  public boolean isEmpty() {
    return blank(cadastralKey) && blank(holderId) && blank(companyName);
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
