package mx.gob.qroo.rppc.filing.domain;

import java.util.List;
import java.util.Optional;

public interface ProcedureTypeCatalogue {

  Optional<ProcedureType> find(String code);

  List<ProcedureType> all();
}
