package mx.gob.qroo.rppc.party.application;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import mx.gob.qroo.rppc.party.domain.Curp;
import mx.gob.qroo.rppc.party.domain.Holder;
import mx.gob.qroo.rppc.party.domain.Rfc;
import mx.gob.qroo.rppc.shared.domain.Violations;

/**
 * Turns captured holders into {@link Holder}s, reporting each bad one under its field ({@code
 * act.holders[1]}, {@code holders[0]}). Used wherever holders are captured: a filing's act, a folio
 * opened or migrated.
 */
public final class HolderParsing {

  private HolderParsing() {}

  public static List<Holder> holders(
      List<HolderCommand> captured, String field, Violations violations) {
    List<Holder> holders = new ArrayList<>();
    for (int i = 0; i < captured.size(); i++) {
      HolderCommand h = captured.get(i);
      Holder holder =
          violations.parse(field + "[" + i + "]", h == null ? null : "holder", ignored -> of(h));
      if (holder != null) {
        holders.add(holder);
      }
    }
    return holders;
  }

  private static Holder of(HolderCommand h) {
    BigDecimal share = h.share();
    if (share == null) {
      throw new IllegalArgumentException("falta la participación (share)");
    }
    if (h.curp() != null && !h.curp().isBlank()) {
      return Holder.naturalPerson(h.name(), Curp.of(h.curp()), share);
    }
    if (h.rfc() != null && !h.rfc().isBlank()) {
      return Holder.legalPerson(h.name(), Rfc.of(h.rfc()), share);
    }
    throw new IllegalArgumentException(
        "un titular necesita CURP (persona física) o RFC (persona moral)");
  }
}
