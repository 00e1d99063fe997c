package mx.gob.qroo.rppc.certificate.domain;

import java.time.Instant;
import java.util.List;

/**
 * What validating a certificate's electronic signature found, without asking anyone online: only
 * with what the file carries (its chain, its revocation answers, its timestamp) and the authority
 * the registry's seal comes from.
 *
 * @param outcome the validation's conclusion
 * @param level the signature's format as found (say {@code PAdES-BASELINE-LT}), or null
 * @param signer who signed (the seal's name)
 * @param stampedAt when the time-stamping authority saw the signature, or null without a stamp
 * @param stampedBy the time-stamping authority's name, or null
 * @param stampValid whether that timestamp itself validates
 * @param longTerm whether the file keeps what validating it needs later (level LT or higher)
 * @param errors what failed, as the validator words it (empty when valid)
 */
public record SealValidation(
    Outcome outcome,
    String level,
    String signer,
    Instant stampedAt,
    String stampedBy,
    boolean stampValid,
    boolean longTerm,
    List<String> errors) {

  public enum Outcome {
    /** The signature holds: the file is unchanged since it was signed, by a trusted seal. */
    VALID,
    /** Something needed to decide is missing or unknown (no trusted chain, no revocation). */
    UNDETERMINED,
    /** The signature does not hold: the file was changed, or the seal was revoked. */
    INVALID,
    /** The file carries no signature at all. */
    UNSIGNED
  }

  public SealValidation {
    errors = List.copyOf(errors);
  }

  public boolean valid() {
    return outcome == Outcome.VALID;
  }
}
