package mx.gob.qroo.rppc.folio.domain;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.util.List;
import java.util.Objects;
import mx.gob.qroo.rppc.shared.domain.CanonicalJson;

/**
 * What a registrar signs to inscribe a filing: the filing, the registrar, and the statement of
 * every entry it writes, in the order of their folios. Its canonical bytes (RFC 8785) are the bytes
 * the e.firma signature covers; no instant is among them, so the bytes a client fetched are still
 * the bytes to sign when it posts the signature, unless the folios changed meanwhile.
 */
public record InscriptionStatement(String filing, String registrar, List<EntryStatement> entries) {

  /** Names what the bytes are, so a signature of them cannot be passed off as of anything else. */
  static final String PURPOSE = "rppc.qroo.gob.mx/inscripcion";

  public InscriptionStatement {
    Objects.requireNonNull(filing, "filing");
    Objects.requireNonNull(registrar, "registrar");
    entries = List.copyOf(entries);
  }

  public byte[] bytes() {
    JsonArrayBuilder list = Json.createArrayBuilder();
    entries.forEach(e -> list.add(e.json()));
    return CanonicalJson.bytes(
        Json.createObjectBuilder()
            .add("purpose", PURPOSE)
            .add("filing", filing)
            .add("registrar", registrar)
            .add("entries", list)
            .build());
  }
}
