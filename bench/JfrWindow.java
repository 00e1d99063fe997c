import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * The execution samples of a flight recording inside one time window (a bench run's measured
 * phase, which the bench log prints as "measured window (UTC)"): `jfr view` has no time filter, and
 * a whole recording is mostly start-up and warm-up. Prints the hottest frames by own time and, of
 * the registry's code, by time spent in or below them; with a method, the call paths just below it
 * and the frames its samples ended in. Shares are of the window's samples: to compare two
 * revisions, divide counts by the requests each answered in the window.
 *
 * <pre>
 * java bench/JfrWindow.java wildfly-….jfr 2026-12-02T17:17:04Z 2026-12-02T17:18:04Z [method] [top]
 * </pre>
 */
public final class JfrWindow {

  private final Map<String, Integer> own = new HashMap<>();
  private final Map<String, Integer> inOrBelow = new HashMap<>();
  private final Map<String, Integer> below = new HashMap<>();
  private final Map<String, Integer> endedIn = new HashMap<>();
  private final String method;
  private int samples;

  private JfrWindow(String method) {
    this.method = method;
  }

  public static void main(String[] args) throws IOException {
    if (args.length < 3) {
      System.err.println("usage: java bench/JfrWindow.java RECORDING FROM TO [METHOD] [TOP]");
      System.exit(2);
    }
    Instant from = Instant.parse(args[1]);
    Instant to = Instant.parse(args[2]);
    JfrWindow window = new JfrWindow(args.length > 3 ? args[3] : null);
    int top = args.length > 4 ? Integer.parseInt(args[4]) : 30;
    try (RecordingFile recording = new RecordingFile(Path.of(args[0]))) {
      while (recording.hasMoreEvents()) {
        RecordedEvent event = recording.readEvent();
        if (event.getEventType().getName().equals("jdk.ExecutionSample")
            && !event.getStartTime().isBefore(from)
            && !event.getStartTime().isAfter(to)
            && event.getStackTrace() != null) {
          window.add(event.getStackTrace().getFrames());
        }
      }
    }
    window.print(top);
  }

  /** One sample; frames run from the executing one (0) down to the thread's first. */
  private void add(List<RecordedFrame> frames) {
    if (frames.isEmpty()) {
      return;
    }
    samples++;
    own.merge(name(frames.get(0)), 1, Integer::sum);
    Set<String> counted = new HashSet<>();
    for (RecordedFrame frame : frames) {
      String name = name(frame);
      if (name.startsWith("mx.gob.qroo.rppc.") && counted.add(name)) {
        inOrBelow.merge(name, 1, Integer::sum);
      }
    }
    if (method != null) {
      // the outermost call of the method, so that recursion is counted once
      for (int i = frames.size() - 1; i >= 0; i--) {
        if (name(frames.get(i)).equals(method)) {
          below.merge(path(frames, i), 1, Integer::sum);
          endedIn.merge(name(frames.get(0)), 1, Integer::sum);
          break;
        }
      }
    }
  }

  /** Up to four calls below frame {@code at}, by their simple class names. */
  private static String path(List<RecordedFrame> frames, int at) {
    if (at == 0) {
      return "(its own code)";
    }
    StringBuilder path = new StringBuilder();
    for (int i = at - 1; i >= Math.max(0, at - 4); i--) {
      String type = frames.get(i).getMethod().getType().getName();
      path.append(i == at - 1 ? "" : " > ")
          .append(type.substring(type.lastIndexOf('.') + 1))
          .append('.')
          .append(frames.get(i).getMethod().getName());
    }
    return path.toString();
  }

  private static String name(RecordedFrame frame) {
    return frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
  }

  private void print(int top) {
    System.out.println(samples + " execution samples in the window");
    print("hottest frames, own time", own, top);
    print("registry code, in or below", inOrBelow, top);
    if (method != null) {
      print("below " + method, below, top);
      print("where " + method + "'s samples ended", endedIn, top);
    }
  }

  private void print(String title, Map<String, Integer> counts, int top) {
    System.out.println("== " + title);
    counts.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
        .limit(top)
        .forEach(
            e ->
                System.out.printf(
                    "%7d %5.1f%%  %s%n", e.getValue(), 100.0 * e.getValue() / samples, e.getKey()));
  }
}
