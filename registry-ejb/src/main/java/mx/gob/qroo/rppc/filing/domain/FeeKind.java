package mx.gob.qroo.rppc.filing.domain;

/** How a procedure type's fee is computed; stored by name in {@code filing.fee_rule.kind}. */
public enum FeeKind {
  /** A fixed number of UMA. */
  FIXED,
  /** A base number of UMA plus a number of UMA for each page of the document. */
  PER_PAGE,
  /** A number of UMA chosen by the bracket the act's value falls in. */
  VALUE_BRACKET
}
