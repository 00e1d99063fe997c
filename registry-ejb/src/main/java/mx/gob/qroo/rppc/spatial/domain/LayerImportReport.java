package mx.gob.qroo.rppc.spatial.domain;

import java.time.Instant;
import java.util.List;
import mx.gob.qroo.rppc.shared.domain.Identified;

/**
 * What an import of a layer did: its source and CRS, the field mapping, the counts and every
 * problem found. A REJECTED import published nothing; its report is kept all the same.
 */
public record LayerImportReport(
    long id,
    SpatialLayer layer,
    String sourceName,
    SourceFormat format,
    SourceCrs crs,
    FieldMapping mapping,
    boolean repairRequested,
    int featuresRead,
    int featuresPublished,
    int geometriesInvalid,
    int geometriesRepaired,
    Outcome outcome,
    List<GeometryProblem> problems,
    String actor,
    Instant startedAt,
    Instant finishedAt)
    implements Identified {
  @Override
  public String identifier() {
    return Long.toString(id);
  }

  public enum Outcome {
    PUBLISHED,
    REJECTED
  }

  public LayerImportReport {
    problems = List.copyOf(problems);
  }
}
