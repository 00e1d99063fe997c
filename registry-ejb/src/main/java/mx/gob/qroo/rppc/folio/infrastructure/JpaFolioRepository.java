package mx.gob.qroo.rppc.folio.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import mx.gob.qroo.rppc.folio.domain.EntryKind;
import mx.gob.qroo.rppc.folio.domain.EntrySignature;
import mx.gob.qroo.rppc.folio.domain.Folio;
import mx.gob.qroo.rppc.folio.domain.FolioNumber;
import mx.gob.qroo.rppc.folio.domain.FolioRepository;
import mx.gob.qroo.rppc.folio.domain.FolioSearch;
import mx.gob.qroo.rppc.folio.domain.RegistryEntry;
import mx.gob.qroo.rppc.shared.domain.Office;

@ApplicationScoped
public class JpaFolioRepository implements FolioRepository {

  @PersistenceContext(unitName = "registry")
  private EntityManager em;

  protected JpaFolioRepository() {}

  public JpaFolioRepository(EntityManager em) {
    this.em = em;
  }

  @Override
  public void store(Folio folio) {
    em.persist(folio);
    em.flush();
  }

  @Override
  public void store(EntrySignature signature) {
    em.persist(signature);
  }

  @Override
  public void store(RegistryEntry entry) {
    em.persist(entry);
    em.flush();
  }

  @Override
  public Optional<Folio> find(FolioNumber number) {
    return byNumber(number, LockModeType.NONE);
  }

  @Override
  public void forEachEntry(Consumer<RegistryEntry> sink) {
    try (Stream<RegistryEntry> entries =
        em.createQuery(
                "select e from RegistryEntry e join fetch e.folio"
                    + " order by e.folio.folioNumber, e.sequence",
                RegistryEntry.class)
            .setHint("org.hibernate.fetchSize", 500)
            .setHint("org.hibernate.readOnly", true)
            .getResultStream()) {
      entries.forEach(sink);
    }
  }

  @Override
  public boolean exists(FolioNumber number) {
    return !em.createQuery("select 1 from Folio f where f.folioNumber = :number", Integer.class)
        .setParameter("number", number)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  @Override
  public Optional<Folio> findForUpdate(FolioNumber number) {
    return byNumber(number, LockModeType.PESSIMISTIC_WRITE);
  }

  private Optional<Folio> byNumber(FolioNumber number, LockModeType lock) {
    return em.createQuery("select f from Folio f where f.folioNumber = :number", Folio.class)
        .setParameter("number", number)
        .setLockMode(lock)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<Folio> withEntriesOf(EntryKind kind, List<Folio> among) {
    if (among.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "select f from Folio f where f in :among and exists"
                + " (select 1 from RegistryEntry e where e.folio = f and e.kind = :kind)",
            Folio.class)
        .setParameter("among", among)
        .setParameter("kind", kind)
        .getResultList();
  }

  @Override
  public List<Folio> search(FolioSearch criteria, Collection<Office> offices, int limit) {
    if (offices.isEmpty()) {
      return List.of();
    }
    // A holder matches in any entry: a search by CURP finds the folios a person holds or held.
    @SuppressWarnings("unchecked")
    List<Number> ids =
        em.createNativeQuery(
                "select f.id from folio.folio f"
                    + " where (cast(?1 as text) is null or f.cadastral_key = ?1)"
                    + " and (cast(?2 as text) is null or lower(f.company_name) like ?2 escape '\\')"
                    + " and (cast(?3 as text) is null or f.rfc = ?3 or exists ("
                    + "   select 1 from folio.entry e join folio.entry_holder h on h.entry_id = e.id"
                    + "   where e.folio_id = f.id and (h.curp = ?3 or h.rfc = ?3)))"
                    + " and f.office = any(cast(?5 as varchar[]))"
                    + " order by f.folio_number limit ?4")
            .setParameter(1, blankToNull(criteria.cadastralKey()))
            .setParameter(
                2,
                blankToNull(criteria.companyName()) == null
                    ? null
                    : "%" + literal(criteria.companyName().trim().toLowerCase()) + "%")
            .setParameter(
                3,
                blankToNull(criteria.holderId()) == null
                    ? null
                    : criteria.holderId().trim().toUpperCase())
            .setParameter(4, limit)
            .setParameter(5, offices.stream().map(Office::name).toArray(String[]::new))
            .getResultList();
    if (ids.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "select f from Folio f where f.id in :ids order by f.folioNumber", Folio.class)
        .setParameter("ids", ids.stream().map(Number::longValue).toList())
        .getResultList();
  }

  /** A LIKE pattern matching {@code text} as it is: its % and _ are no wildcards. */
  static String literal(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }
}
