package mx.gob.qroo.rppc.web.filing.ui;

import java.util.List;
import java.util.Locale;
import org.owasp.encoder.Encode;

/**
 * A grouped bar chart drawn as inline SVG on the server: no JavaScript, scales with the screen, and
 * carries a title for screen readers (the page puts the same figures in a table beside it).
 */
final class BarChart {

  private static final int WIDTH = 480;
  private static final int HEIGHT = 260;
  private static final int LEFT = 48;
  private static final int BOTTOM = 40;
  private static final int TOP = 28;

  /** One series: its name (in the legend), its colour and a value per label. */
  record Series(String name, String colour, List<Long> values) {}

  private BarChart() {}

  static String svg(String id, String title, List<String> labels, List<Series> series) {
    long max = 1;
    for (Series s : series) {
      for (long v : s.values()) {
        max = Math.max(max, v);
      }
    }
    double plotHeight = HEIGHT - TOP - BOTTOM;
    double group = (double) (WIDTH - LEFT - 8) / Math.max(1, labels.size());
    double bar = group * 0.8 / series.size();
    StringBuilder svg = new StringBuilder(4096);
    svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"grafica\" role=\"img\"")
        .append(" viewBox=\"0 0 ")
        .append(WIDTH)
        .append(' ')
        .append(HEIGHT)
        .append("\" aria-labelledby=\"")
        .append(id)
        .append("-titulo\"><title id=\"")
        .append(id)
        .append("-titulo\">")
        .append(escape(title))
        .append("</title>");
    // axis with the top value
    svg.append(line(LEFT, TOP, LEFT, HEIGHT - BOTTOM))
        .append(line(LEFT, HEIGHT - BOTTOM, WIDTH - 8, HEIGHT - BOTTOM))
        .append(text(LEFT - 6, TOP + 4, "end", Long.toString(max)))
        .append(text(LEFT - 6, HEIGHT - BOTTOM, "end", "0"));
    for (int i = 0; i < labels.size(); i++) {
      double x0 = LEFT + i * group + group * 0.1;
      for (int k = 0; k < series.size(); k++) {
        long value = series.get(k).values().get(i);
        double h = plotHeight * value / max;
        svg.append(
            String.format(
                Locale.ROOT,
                "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"/>",
                x0 + k * bar,
                HEIGHT - BOTTOM - h,
                bar,
                h,
                series.get(k).colour()));
      }
      svg.append(text(x0 + group * 0.4, HEIGHT - BOTTOM + 16, "middle", labels.get(i)));
    }
    // legend
    double x = LEFT;
    for (Series s : series) {
      svg.append(
              String.format(
                  Locale.ROOT,
                  "<rect x=\"%.1f\" y=\"6\" width=\"12\" height=\"12\" fill=\"%s\"/>",
                  x,
                  s.colour()))
          .append(text(x + 16, 16, "start", s.name()));
      x += 24 + 8 * s.name().length();
    }
    return svg.append("</svg>").toString();
  }

  private static String line(double x1, double y1, double x2, double y2) {
    return String.format(
        Locale.ROOT,
        "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#4a4a4a\"/>",
        x1,
        y1,
        x2,
        y2);
  }

  private static String text(double x, double y, String anchor, String content) {
    return String.format(
        Locale.ROOT,
        "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\" font-size=\"14\" fill=\"#1b1b1b\">%s</text>",
        x,
        y,
        anchor,
        escape(content));
  }

  static String escape(String text) {
    return Encode.forXml(text);
  }
}
