package mx.gob.qroo.rppc.folio.domain;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import mx.gob.qroo.rppc.party.domain.Holder;

/**
 * What an entry states, as the registrar signs it: its place on the folio (sequence and the hash of
 * the entry before it), the act and its facts, the holders it establishes and the entry it refers
 * to. {@link #json()} is the object whose canonical bytes are signed; {@link #sealed} adds who
 * signed and when, and its canonical bytes are the entry's, whose hash the next entry names.
 *
 * <p>Amounts and shares are written as decimal strings without trailing zeros, so a value reads the
 * same from the request as from the database's numeric columns.
 */
public record EntryStatement(
    String folio,
    int sequence,
    String previousHash,
    EntryKind kind,
    String filing,
    ActFacts facts,
    List<Holder> holders,
    Integer refersTo) {

  private static final DateTimeFormatter INSTANT =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'")
          .withZone(java.time.ZoneOffset.UTC);

  public EntryStatement {
    Objects.requireNonNull(folio, "folio");
    Objects.requireNonNull(kind, "kind");
    facts = facts == null ? ActFacts.NONE : facts;
    holders = holders == null ? List.of() : List.copyOf(holders);
  }

  /** The statement as the registrar signs it: members that are absent are omitted. */
  public JsonObject json() {
    JsonObjectBuilder json =
        Json.createObjectBuilder()
            .add("folio", folio)
            .add("sequence", sequence)
            .add("kind", kind.name());
    optional(json, "previousHash", previousHash);
    optional(json, "filing", filing);
    if (refersTo != null) {
      json.add("refersTo", refersTo);
    }
    JsonObject stated = facts(facts);
    if (!stated.isEmpty()) {
      json.add("facts", stated);
    }
    if (!holders.isEmpty()) {
      JsonArrayBuilder list = Json.createArrayBuilder();
      for (Holder h : holders) {
        list.add(
            Json.createObjectBuilder()
                .add("kind", h.kind().name())
                .add("name", h.name())
                .add("id", h.identifier())
                .add("share", decimal(h.share())));
      }
      json.add("holders", list);
    }
    return json.build();
  }

  /** The entry as it stands once signed: the statement with its signer and instant. */
  public JsonObject sealed(String signedBy, Instant signedAt) {
    return Json.createObjectBuilder(json())
        .add("signedBy", signedBy)
        .add("signedAt", INSTANT.format(signedAt))
        .build();
  }

  /** The statement in plain Spanish, one line per fact, for whoever is about to sign it. */
  public List<String> inPlainWords() {
    List<String> lines = new ArrayList<>();
    lines.add("Folio " + folio + ", asiento " + sequence + ": " + kind.label());
    if (refersTo != null) {
      lines.add("Se refiere al asiento " + refersTo + " de este folio");
    }
    for (Holder h : holders) {
      lines.add("Titular: " + h.name() + " (" + h.identifier() + "), " + decimal(h.share()) + " %");
    }
    if (facts.valueMxn() != null) {
      lines.add("Valor del acto: " + pesos(facts.valueMxn()));
    }
    if (facts.beneficiaryName() != null) {
      lines.add(
          "A favor de: "
              + facts.beneficiaryName()
              + (facts.beneficiaryId() == null ? "" : " (" + facts.beneficiaryId() + ")"));
    }
    if (facts.amountMxn() != null) {
      lines.add("Monto: " + pesos(facts.amountMxn()));
    }
    Deed deed = facts.deed();
    if (deed != null && deed.number() != null) {
      lines.add(
          "Escritura "
              + deed.number()
              + (deed.date() == null ? "" : " del " + deed.date())
              + (deed.notary() == null ? "" : ", ante " + deed.notary()));
    }
    if (facts.expiresOn() != null) {
      lines.add("Vigente hasta el " + facts.expiresOn());
    }
    if (facts.description() != null) {
      lines.add(facts.description());
    }
    return lines;
  }

  private static JsonObject facts(ActFacts facts) {
    JsonObjectBuilder json = Json.createObjectBuilder();
    optional(json, "valueMxn", facts.valueMxn() == null ? null : decimal(facts.valueMxn()));
    Deed deed = facts.deed();
    if (deed != null && (deed.number() != null || deed.notary() != null || deed.date() != null)) {
      JsonObjectBuilder d = Json.createObjectBuilder();
      optional(d, "number", deed.number());
      optional(d, "notary", deed.notary());
      optional(d, "date", deed.date() == null ? null : deed.date().toString());
      json.add("deed", d);
    }
    optional(json, "amountMxn", facts.amountMxn() == null ? null : decimal(facts.amountMxn()));
    optional(json, "beneficiaryName", facts.beneficiaryName());
    optional(json, "beneficiaryId", facts.beneficiaryId());
    optional(json, "expiresOn", facts.expiresOn() == null ? null : facts.expiresOn().toString());
    optional(json, "description", facts.description());
    return json.build();
  }

  private static void optional(JsonObjectBuilder json, String name, String value) {
    if (value != null) {
      json.add(name, value);
    }
  }

  private static String decimal(BigDecimal value) {
    return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
  }

  private static String pesos(BigDecimal value) {
    NumberFormat format = NumberFormat.getCurrencyInstance(Locale.forLanguageTag("es-MX"));
    return format.format(value) + " MXN";
  }
}
