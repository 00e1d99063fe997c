package mx.gob.qroo.rppc.filing.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.TimeZone;
import mx.gob.qroo.rppc.filing.domain.FeeBasis;
import mx.gob.qroo.rppc.filing.domain.FeeBracket;
import mx.gob.qroo.rppc.filing.domain.FeeKind;
import mx.gob.qroo.rppc.filing.domain.FeeRule;
import mx.gob.qroo.rppc.filing.domain.Uma;
import mx.gob.qroo.rppc.testing.MigratedDatabase;
import mx.gob.qroo.rppc.testing.OneTransaction;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The fee catalogue as the migrations seed it, read through {@link SqlFeeSchedule}. */
class FeeScheduleDbIT {

  private static MigratedDatabase db;

  @BeforeAll
  static void migratedDatabase() {
    db = MigratedDatabase.create();
  }

  @AfterAll
  static void dropDatabase() {
    db.close();
  }

  @Test
  void everyProcedureTypeHasARuleInForce() {
    LocalDate day = LocalDate.of(2026, 6, 1);
    List<String> codes =
        db.inTransaction(
            em ->
                em.createNativeQuery("select code from filing.procedure_type", String.class)
                    .getResultList());

    assertThat(codes).hasSizeGreaterThanOrEqualTo(9);
    for (String code : codes) {
      Optional<FeeRule> rule =
          db.inTransaction(
              em -> new SqlFeeSchedule(OneTransaction.catalogueCache(em)).ruleFor(code, day));
      assertThat(rule).as("regla de derechos de %s", code).isPresent();
    }
  }

  @Test
  void theUmaOf2025Is113Pesos14() {
    Optional<Uma> uma2025 =
        db.inTransaction(em -> new SqlFeeSchedule(OneTransaction.catalogueCache(em)).umaFor(2025));
    Optional<Uma> uma1999 =
        db.inTransaction(em -> new SqlFeeSchedule(OneTransaction.catalogueCache(em)).umaFor(1999));

    assertThat(uma2025).contains(new Uma(2025, new BigDecimal("113.14")));
    assertThat(uma1999).isEmpty();
  }

  @Test
  void aValueRuleComesWithItsBracketsInAscendingOrder() {
    FeeRule sale =
        db.inTransaction(
                em ->
                    new SqlFeeSchedule(OneTransaction.catalogueCache(em))
                        .ruleFor("COMPRAVENTA", LocalDate.of(2026, 6, 1)))
            .orElseThrow();
    Uma uma =
        db.inTransaction(em -> new SqlFeeSchedule(OneTransaction.catalogueCache(em)).umaFor(2026))
            .orElseThrow();

    assertThat(sale.kind()).isEqualTo(FeeKind.VALUE_BRACKET);
    assertThat(sale.brackets())
        .hasSize(4)
        .last()
        .satisfies(b -> assertThat(b.isOpenEnded()).isTrue());
    assertThat(sale.brackets().stream().map(FeeBracket::uma).toList())
        .usingElementComparator(BigDecimal::compareTo)
        .containsExactly(
            new BigDecimal("20"),
            new BigDecimal("45"),
            new BigDecimal("80"),
            new BigDecimal("120"));
    assertThat(sale.compute(new FeeBasis(3, new BigDecimal("2000000")), uma).amountMxn())
        .isEqualByComparingTo("5278.95");
  }

  @Test
  void aRuleAddedLaterAppliesOnlyFromItsFirstDay() throws SQLException {
    try (Connection c = db.database().connect();
        Statement s = c.createStatement()) {
      s.executeUpdate(
          "insert into filing.fee_rule (procedure_type, valid_from, kind, uma)"
              + " values ('AVISO_PREVENTIVO', date '2026-03-01', 'FIXED', 5.5)");
    }
    // The server may run in Cancún while JDBC talks UTC: the first day must not move either way.
    TimeZone jvmZone = TimeZone.getDefault();
    TimeZone.setDefault(TimeZone.getTimeZone("America/Cancun"));
    try {
      FeeRule before = ruleForNotice(LocalDate.of(2026, 2, 28));
      FeeRule from = ruleForNotice(LocalDate.of(2026, 3, 1));
      FeeRule after = ruleForNotice(LocalDate.of(2027, 1, 15));

      assertThat(before.validFrom()).isEqualTo(LocalDate.of(2025, 1, 1));
      assertThat(before.uma()).isEqualByComparingTo("4");
      assertThat(from.validFrom()).isEqualTo(LocalDate.of(2026, 3, 1));
      assertThat(from.uma()).isEqualByComparingTo("5.5");
      assertThat(after.uma()).isEqualByComparingTo("5.5");
      Optional<FeeRule> beforeAnyRule =
          db.inTransaction(
              em ->
                  new SqlFeeSchedule(OneTransaction.catalogueCache(em))
                      .ruleFor("AVISO_PREVENTIVO", LocalDate.of(2024, 12, 31)));
      assertThat(beforeAnyRule).isEmpty();
    } finally {
      TimeZone.setDefault(jvmZone);
    }
  }

  private static FeeRule ruleForNotice(LocalDate day) {
    return db.inTransaction(
            em ->
                new SqlFeeSchedule(OneTransaction.catalogueCache(em))
                    .ruleFor("AVISO_PREVENTIVO", day))
        .orElseThrow();
  }
}
