package mx.gob.qroo.rppc.filing.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import mx.gob.qroo.rppc.filing.domain.ProcedureType;
import mx.gob.qroo.rppc.filing.domain.ProcedureTypeCatalogue;
import mx.gob.qroo.rppc.shared.infrastructure.CatalogueCache;

/**
 * The procedure types. Every reception looks its type up, so {@link #find} reads from memory while
 * the catalogues are unchanged ({@link CatalogueCache}, which needs a transaction). The copies are
 * never managed.
 */
@ApplicationScoped
public class JpaProcedureTypeCatalogue implements ProcedureTypeCatalogue {

  @PersistenceContext(unitName = "registry")
  private EntityManager em;

  @Inject CatalogueCache catalogues;

  protected JpaProcedureTypeCatalogue() {}

  /** Outside a container (database tests): straight from the database, no copy kept. */
  public JpaProcedureTypeCatalogue(EntityManager em) {
    this.em = em;
  }

  /** Within a transaction (a reception): from the copy of the current catalogues. */
  @Override
  public Optional<ProcedureType> find(String code) {
    List<ProcedureType> types =
        catalogues == null
            ? load(em)
            : catalogues.get("procedure-types", JpaProcedureTypeCatalogue::load);
    return types.stream().filter(type -> type.code().equals(code)).findFirst();
  }

  /** The whole catalogue as stored now, for pages (with or without a transaction). */
  @Override
  public List<ProcedureType> all() {
    return load(em);
  }

  private static List<ProcedureType> load(EntityManager em) {
    // new instances, never managed: the copy outlives the transaction that reads it
    return List.copyOf(
        em.createQuery(
                "select new mx.gob.qroo.rppc.filing.domain.ProcedureType("
                    + "p.code, p.name, p.registryBook, p.entryKind, p.termBusinessDays)"
                    + " from ProcedureType p order by p.name",
                ProcedureType.class)
            .getResultList());
  }
}
