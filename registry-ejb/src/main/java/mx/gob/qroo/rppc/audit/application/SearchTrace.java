package mx.gob.qroo.rppc.audit.application;

import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import mx.gob.qroo.rppc.shared.domain.Excerpt;
import mx.gob.qroo.rppc.shared.domain.Identified;
import mx.gob.qroo.rppc.shared.domain.SearchAnswer;

/**
 * What a search's access event keeps besides its resource: the criteria it was called with and the
 * identifiers of what it returned, so an auditor can tell later who saw which folios or filings.
 */
final class SearchTrace {

  /** Identifiers past this many are counted, not listed. */
  static final int MAX_LISTED = 500;

  private SearchTrace() {}

  static String of(Parameter[] parameters, Object[] values, Object result) {
    List<String> criteria = new ArrayList<>();
    for (int i = 0; i < parameters.length; i++) {
      if (values[i] != null && !(values[i] instanceof Collection<?> c && c.isEmpty())) {
        criteria.add(parameters[i].getName() + "=" + Excerpt.bounded(values[i].toString(), 200));
      }
    }
    StringBuilder trace =
        new StringBuilder("criterios: ")
            .append(criteria.isEmpty() ? "ninguno" : String.join(", ", criteria));
    Collection<?> items = itemsOf(result);
    if (items == null) {
      return trace.toString();
    }
    List<String> ids = new ArrayList<>();
    for (Object item : items) {
      if (item instanceof Identified identified && ids.size() < MAX_LISTED) {
        ids.add(identified.identifier());
      }
    }
    trace.append("; resultados (").append(items.size()).append(")");
    if (!ids.isEmpty()) {
      trace.append(": ").append(String.join(", ", ids));
      if (items.size() > ids.size()) {
        trace.append(", …");
      }
    }
    return trace.toString();
  }

  private static Collection<?> itemsOf(Object result) {
    if (result instanceof Collection<?> collection) {
      return collection;
    }
    if (result instanceof SearchAnswer answer) {
      return answer.items();
    }
    return null;
  }
}
