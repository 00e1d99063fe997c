package mx.gob.qroo.rppc.web.shared.rest;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.AbstractConstruct;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * A YAML document read into plain Java values: maps (in document order), lists, strings, {@link
 * BigInteger}, {@link BigDecimal}, booleans and null. Plain scalars are typed as YAML 1.2's core
 * schema says (as the OpenAPI tools read them), not as SnakeYAML's YAML 1.1 default does: {@code
 * 2026-03-05}, {@code yes}, {@code no}, {@code on} and {@code 023005} stay strings, and numbers
 * keep the digits they were written with. A key written twice is an error, not a silent overwrite.
 */
public final class YamlTrees {

  private YamlTrees() {}

  public static Object read(String yaml) {
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(false);
    Yaml parser =
        new Yaml(
            new CoreSchemaConstructor(options),
            new Representer(new DumperOptions()),
            new DumperOptions(),
            options,
            new CoreSchemaResolver());
    return parser.load(yaml);
  }

  /** Tags plain scalars by YAML 1.2's core schema (no timestamps, no yes/no/on/off). */
  private static final class CoreSchemaResolver extends Resolver {

    private static final Pattern CORE_BOOL =
        Pattern.compile("^(?:true|True|TRUE|false|False|FALSE)$");
    private static final Pattern CORE_INT = Pattern.compile("^[-+]?(?:0|[1-9][0-9]*)$");
    private static final Pattern CORE_FLOAT =
        Pattern.compile("^[-+]?(?:\\.[0-9]+|(?:0|[1-9][0-9]*)(?:\\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$");
    private static final Pattern CORE_NULL = Pattern.compile("^(?:~|null|Null|NULL)$");

    @Override
    protected void addImplicitResolvers() {
      addImplicitResolver(Tag.BOOL, CORE_BOOL, "tTfF");
      addImplicitResolver(Tag.INT, CORE_INT, "-+0123456789");
      addImplicitResolver(Tag.FLOAT, CORE_FLOAT, "-+0123456789.");
      addImplicitResolver(Tag.MERGE, MERGE, "<");
      addImplicitResolver(Tag.NULL, CORE_NULL, "~nN\0");
      addImplicitResolver(Tag.NULL, EMPTY, null);
    }
  }

  /** Numbers as written: integers as {@link BigInteger}, others as {@link BigDecimal}. */
  private static final class CoreSchemaConstructor extends SafeConstructor {

    CoreSchemaConstructor(LoaderOptions options) {
      super(options);
      yamlConstructors.put(Tag.INT, new Number(BigInteger::new));
      yamlConstructors.put(Tag.FLOAT, new Number(BigDecimal::new));
    }

    private final class Number extends AbstractConstruct {

      private final Function<String, Object> parse;

      Number(Function<String, Object> parse) {
        this.parse = parse;
      }

      @Override
      public Object construct(Node node) {
        String text = constructScalar((ScalarNode) node);
        return parse.apply(text.startsWith("+") ? text.substring(1) : text);
      }
    }
  }
}
