package mx.gob.qroo.rppc.cadastre.infrastructure;

/**
 * The cadastre's one view into the folio context: which property folios cover which parcels. The
 * link ({@code cadastre.folio_parcel}) is the cadastre's; the folios' numbers, kinds and cadastral
 * keys are the folio context's, read here and nowhere else in the cadastre. Each method gives an
 * SQL fragment to compose into the cadastre's own statements.
 */
final class FolioLinkReadModel {

  private FolioLinkReadModel() {}

  /**
   * An SQL array of the numbers of the folios covering any of {@code parcelIds} (an SQL expression
   * of type {@code bigint[]}), sorted, each once.
   */
  static String folioNumbersOf(String parcelIds) {
    return "array(select distinct f.folio_number from cadastre.folio_parcel fp"
        + " join folio.folio f on f.id = fp.folio_id where fp.parcel_id = any("
        + parcelIds
        + ") order by 1)";
  }

  /**
   * The rows {@code (folio_id, parcel_id, linked_at)} linking the parcels of an import to the
   * property folios with their cadastral key in their municipality.
   */
  static String propertyFoliosOfImport(long importId) {
    return "select f.id, p.id, now() from cadastre.parcel p"
        + " join folio.folio f on f.kind = 'PROPERTY' and f.cadastral_key = p.cadastral_key"
        + " and f.municipality = p.municipality"
        + " where p.import_id = "
        + importId;
  }
}
