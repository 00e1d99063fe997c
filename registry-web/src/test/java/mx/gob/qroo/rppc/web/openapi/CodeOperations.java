package mx.gob.qroo.rppc.web.openapi;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import mx.gob.qroo.rppc.web.shared.rest.RegistryApi;

/**
 * The operations the API archive's JAX-RS resources declare, read by reflection from the compiled
 * classes: every root resource ({@code @Path} on the class) but those of the {@code ui} packages,
 * which the pom leaves out of the API archive (they belong to the browser archive), its resource
 * methods and the methods of its sub-resource locators' types.
 */
final class CodeOperations {

  private CodeOperations() {}

  static Set<Operation> all() {
    Set<Operation> operations = new TreeSet<>();
    for (Class<?> resource : rootResources()) {
      collect(resource, resource.getAnnotation(Path.class).value(), operations, new HashSet<>());
    }
    return operations;
  }

  /** The classes of registry-web's main output folder with a class-level {@code @Path}. */
  static List<Class<?>> rootResources() {
    java.nio.file.Path root;
    try {
      root =
          Paths.get(RegistryApi.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    try (Stream<java.nio.file.Path> files = Files.walk(root)) {
      return files
          .map(root::relativize)
          .map(java.nio.file.Path::toString)
          .filter(f -> f.endsWith(".class") && !f.contains("$"))
          .filter(f -> !f.matches("mx/gob/qroo/rppc/web/[^/]+/ui/.*"))
          .map(f -> f.substring(0, f.length() - ".class".length()).replace('/', '.'))
          .<Class<?>>map(CodeOperations::load)
          .filter(c -> c.isAnnotationPresent(Path.class))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Class<?> load(String name) {
    try {
      return Class.forName(name, false, CodeOperations.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void collect(
      Class<?> resource, String prefix, Set<Operation> operations, Set<Class<?>> visiting) {
    if (!visiting.add(resource)) {
      return;
    }
    for (Method method : resource.getMethods()) {
      Path path = method.getAnnotation(Path.class);
      String full = path == null ? prefix : prefix + "/" + path.value();
      String http = httpMethod(method);
      if (http != null) {
        operations.add(new Operation(http, PathTemplates.normalise(full)));
      } else if (path != null) {
        collect(method.getReturnType(), full, operations, visiting);
      }
    }
    visiting.remove(resource);
  }

  private static String httpMethod(Method method) {
    for (Annotation annotation : method.getAnnotations()) {
      HttpMethod http = annotation.annotationType().getAnnotation(HttpMethod.class);
      if (http != null) {
        return http.value();
      }
    }
    return null;
  }
}
