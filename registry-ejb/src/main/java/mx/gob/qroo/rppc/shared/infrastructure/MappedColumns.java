package mx.gob.qroo.rppc.shared.infrastructure;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Transient;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The columns an entity's mapping writes in its own table, read from its mapping annotations
 * ({@code @Column}, {@code @JoinColumn}, embeddables and their {@code @AttributeOverride}s): for
 * SQL written by hand that must not forget a column the mapping has. Generated ids and collections
 * (other tables) are left out; an unannotated attribute takes its field's name, as JPA does.
 */
public final class MappedColumns {

  private MappedColumns() {}

  public static List<String> of(Class<?> entity) {
    List<String> columns = new ArrayList<>();
    collect(entity, "", new HashMap<>(), columns);
    return List.copyOf(columns);
  }

  private static void collect(
      Class<?> type, String path, Map<String, String> overrides, List<String> columns) {
    if (type.getSuperclass() != null && type.getSuperclass() != Object.class) {
      collect(type.getSuperclass(), path, overrides, columns);
    }
    for (Field field : type.getDeclaredFields()) {
      if (!mapped(field)) {
        continue;
      }
      String attribute = path + field.getName();
      if (field.isAnnotationPresent(Embedded.class)
          || field.getType().isAnnotationPresent(Embeddable.class)) {
        for (AttributeOverride override : field.getAnnotationsByType(AttributeOverride.class)) {
          overrides.putIfAbsent(attribute + "." + override.name(), override.column().name());
        }
        collect(field.getType(), attribute + ".", overrides, columns);
      } else {
        columns.add(overrides.getOrDefault(attribute, columnOf(field)));
      }
    }
  }

  private static boolean mapped(Field field) {
    return !Modifier.isStatic(field.getModifiers())
        && !Modifier.isTransient(field.getModifiers())
        && !field.isAnnotationPresent(Transient.class)
        && !field.isAnnotationPresent(GeneratedValue.class)
        && !field.isAnnotationPresent(ElementCollection.class)
        && !field.isAnnotationPresent(OneToMany.class)
        && !field.isAnnotationPresent(ManyToMany.class);
  }

  private static String columnOf(Field field) {
    Column column = field.getAnnotation(Column.class);
    if (column != null && !column.name().isEmpty()) {
      return column.name();
    }
    JoinColumn join = field.getAnnotation(JoinColumn.class);
    if (join != null && !join.name().isEmpty()) {
      return join.name();
    }
    return field.getName();
  }
}
