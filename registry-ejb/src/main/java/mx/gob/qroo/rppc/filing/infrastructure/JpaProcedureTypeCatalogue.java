package mx.gob.qroo.rppc.filing.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import mx.gob.qroo.rppc.filing.domain.ProcedureType;
import mx.gob.qroo.rppc.filing.domain.ProcedureTypeCatalogue;

@ApplicationScoped
public class JpaProcedureTypeCatalogue implements ProcedureTypeCatalogue {

  @PersistenceContext(unitName = "registry")
  private EntityManager em;

  protected JpaProcedureTypeCatalogue() {}

  public JpaProcedureTypeCatalogue(EntityManager em) {
    this.em = em;
  }

  @Override
  public Optional<ProcedureType> find(String code) {
    return Optional.ofNullable(em.find(ProcedureType.class, code));
  }

  @Override
  public List<ProcedureType> all() {
    return em.createQuery("select p from ProcedureType p order by p.name", ProcedureType.class)
        .getResultList();
  }
}
