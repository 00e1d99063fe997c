package mx.gob.qroo.rppc.audit.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The entries (asientos) the registry holds now against the seals the log holds for them: each
 * entry must give the hash its seal recorded, name the hash of the entry before it (the folio's
 * chain) and be there if it was sealed. The same check runs online (the certificate verification
 * page, one folio) and in the standalone verifier (an export of every entry, with the log's
 * leaves). An entry written before entries were sealed (no stored hash, no seal) cannot be checked:
 * it is listed as unsealed, not as a problem.
 */
public final class EntrySealVerification {

  /** What was checked and found: {@code problems} is empty when every entry verifies. */
  public record Report(int entries, int sealed, List<String> problems, List<String> unsealed) {
    public boolean intact() {
      return problems.isEmpty();
    }
  }

  private EntrySealVerification() {}

  public static Report check(Collection<RecordedEntry> entries, Collection<SealedEntry> seals) {
    Map<String, Map<Integer, RecordedEntry>> held = new TreeMap<>();
    Map<String, Map<Integer, SealedEntry>> logged = new TreeMap<>();
    List<String> problems = new ArrayList<>();
    for (RecordedEntry entry : entries) {
      if (held.computeIfAbsent(entry.folio(), f -> new TreeMap<>()).put(entry.sequence(), entry)
          != null) {
        problems.add(place(entry.folio(), entry.sequence()) + " aparece dos veces");
      }
      logged.computeIfAbsent(entry.folio(), f -> new TreeMap<>());
    }
    for (SealedEntry seal : seals) {
      if (logged.computeIfAbsent(seal.folio(), f -> new TreeMap<>()).put(seal.sequence(), seal)
          != null) {
        problems.add(place(seal.folio(), seal.sequence()) + " tiene dos sellos en la bitácora");
      }
    }
    List<String> unsealed = new ArrayList<>();
    for (var folio : logged.entrySet()) {
      check(
          folio.getKey(),
          held.getOrDefault(folio.getKey(), Map.of()),
          folio.getValue(),
          problems,
          unsealed);
    }
    return new Report(entries.size(), seals.size(), List.copyOf(problems), List.copyOf(unsealed));
  }

  private static void check(
      String folio,
      Map<Integer, RecordedEntry> held,
      Map<Integer, SealedEntry> seals,
      List<String> problems,
      List<String> unsealed) {
    int last =
        Math.max(
            held.keySet().stream().mapToInt(Integer::intValue).max().orElse(0),
            seals.keySet().stream().mapToInt(Integer::intValue).max().orElse(0));
    for (int sequence = 1; sequence <= last; sequence++) {
      String place = place(folio, sequence);
      RecordedEntry entry = held.get(sequence);
      SealedEntry seal = seals.get(sequence);
      if (entry == null) {
        problems.add(
            seal != null
                ? place + ", sellado en la bitácora, ya no existe (borrado)"
                : "falta " + place + " (borrado)");
        continue;
      }
      if (seal == null) {
        if (entry.storedHash() == null) {
          unsealed.add(place);
        } else {
          problems.add(
              place + " no está sellado en la bitácora (¿escrito por fuera de la aplicación?)");
        }
      } else {
        if (!seal.intact()) {
          problems.add(
              "el sello del asiento "
                  + sequence
                  + " del folio "
                  + folio
                  + " en la bitácora fue alterado");
        }
        if (!seal.entryHash().equals(entry.currentHash())) {
          problems.add(
              place + " fue alterado: su contenido ya no es el que se selló en la bitácora");
        } else if (entry.storedHash() != null && !entry.storedHash().equals(entry.currentHash())) {
          problems.add("el hash guardado con " + place + " fue alterado");
        }
      }
      String expected =
          sequence == 1 ? null : hashOf(held.get(sequence - 1), seals.get(sequence - 1));
      boolean previousKnown =
          sequence == 1 || held.containsKey(sequence - 1) || seals.containsKey(sequence - 1);
      if (previousKnown && !Objects.equals(expected, entry.previousHash())) {
        problems.add(
            "la cadena del folio "
                + folio
                + " se rompe en el asiento "
                + sequence
                + (sequence == 1
                    ? ": el primero nombra un asiento anterior"
                    : ": no nombra el hash del asiento " + (sequence - 1)));
      }
    }
  }

  /** What the log says an entry's hash is, or else what the registry stored with it. */
  private static String hashOf(RecordedEntry entry, SealedEntry seal) {
    if (seal != null) {
      return seal.entryHash();
    }
    return entry == null ? null : entry.storedHash();
  }

  private static String place(String folio, int sequence) {
    return "el asiento " + sequence + " del folio " + folio;
  }
}
