package mx.gob.qroo.rppc.web.openapi;

import java.util.Comparator;

/** An HTTP operation of the API: its method and its path template below /api. */
record Operation(String method, String path) implements Comparable<Operation> {

  private static final Comparator<Operation> ORDER =
      Comparator.comparing(Operation::path).thenComparing(Operation::method);

  @Override
  public int compareTo(Operation other) {
    return ORDER.compare(this, other);
  }

  @Override
  public String toString() {
    return method + " " + path;
  }
}
