package mx.gob.qroo.rppc.web.security;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.Statement;
import mx.gob.qroo.rppc.web.testing.Deployment;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The application's own database role, which a compromised server would hold, cannot change or
 * remove what the registry has recorded: entries, their holders and signatures, filing transitions,
 * certificates, alerts and their reviews belong to another role (V26), and the application may only
 * insert and read them. Every other test of the suite proves it still can.
 */
class SealedRecordsAttackIT {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "update folio.entry set signed_by = 'nadie' where id = (select min(id) from folio.entry)",
        "delete from folio.entry_holder",
        "truncate folio.entry_signature",
        "alter table folio.entry disable trigger user",
        "drop trigger entry_immutable on folio.entry",
        "create trigger sin_sello before insert on folio.entry"
            + " for each row execute function folio.refuse_change()",
        "create or replace function folio.seal_entry() returns trigger language plpgsql"
            + " as $$ begin return null; end $$",
        "alter table folio.entry owner to registry",
        "update filing.filing_transition set actor = 'nadie'",
        "delete from certificate.lien_certificate",
        "alter table certificate.lien_certificate disable trigger lien_certificate_sealed",
        "drop trigger lien_certificate_sealed on certificate.lien_certificate",
        "create or replace function certificate.seal_certificate() returns trigger"
            + " language plpgsql as $$ begin return null; end $$",
        "drop table certificate.lien_certificate",
        "drop schema folio cascade",
        "alter schema oversight rename to vigilancia",
        "update oversight.alert set summary = ''",
        "delete from oversight.alert_review",
        "alter table oversight.alert_event disable trigger all"
      })
  void theApplicationsDatabaseRoleCannotChangeOrRemoveARecord(String tampering) throws Exception {
    try (Connection c = Deployment.applicationRole();
        Statement s = c.createStatement()) {
      // in a transaction rolled back: should a tampering ever pass, the suite still finds the data
      c.setAutoCommit(false);
      try {
        assertThatThrownBy(() -> s.execute(tampering))
            .hasMessageMatching("(?s).*(permission denied|must be owner).*");
      } finally {
        c.rollback();
      }
    }
  }
}
