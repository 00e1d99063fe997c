/**
 * The witness (testigo): a process of its own, with its own key and storage, standing for the
 * comptroller's office. It speaks C2SP {@code tlog-witness}: it cosigns a checkpoint of the
 * registry's log only when a consistency proof shows it extends the last one it cosigned, so a log
 * that is rolled back or rewritten is refused, not cosigned. JDK only, like the verifier it ships
 * with.
 */
package mx.gob.qroo.rppc.audit.witness;
