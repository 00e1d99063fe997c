package mx.gob.qroo.rppc.signing.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import mx.gob.qroo.rppc.audit.domain.StaffMember;
import mx.gob.qroo.rppc.audit.infrastructure.SqlStaffDirectory;
import mx.gob.qroo.rppc.party.domain.Curp;
import mx.gob.qroo.rppc.shared.domain.Office;
import mx.gob.qroo.rppc.shared.infrastructure.DatabaseMigration;
import mx.gob.qroo.rppc.signing.domain.SignatureRefusal;
import mx.gob.qroo.rppc.signing.domain.SignatureRefusedException;
import mx.gob.qroo.rppc.signing.domain.StaffSignature;
import mx.gob.qroo.rppc.signing.infrastructure.PkixCertificateTrust;
import mx.gob.qroo.rppc.testing.DemoCa;
import mx.gob.qroo.rppc.testing.TestDatabase;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A registrar's e.firma signature checked as an inscription will check it: against the staff
 * directory in PostgreSQL and certificates of the repository's DEMO authority (openssl), with its
 * OCSP responder answering or not, and by CRL.
 */
class StaffSignaturesDbIT {

  private static final String RUBEN = "MOPR790930HYNRLB03";
  private static final String LETICIA = "CAEL880412MQRNKR05";
  private static final byte[] STATEMENT =
      "{\"asientos\":[{\"folio\":\"CUN-P-2026-000001\"}]}".getBytes(StandardCharsets.UTF_8);

  @TempDir static Path files;
  private static TestDatabase database;
  private static DemoCa ca;
  private static DemoCa.Efirma registrar;
  private static StaffSignatures byOcsp;
  private static StaffSignatures byCrl;

  @BeforeAll
  static void aDirectoryAndAnAuthority() {
    database = TestDatabase.createEmpty();
    DatabaseMigration.migrate(database.dataSource(), StaffSignaturesDbIT.class.getClassLoader());
    SqlStaffDirectory staff = new SqlStaffDirectory(database.gateway());
    staff.save(new StaffMember("registrador1", "Rubén Moo Pérez", Curp.of(RUBEN), Office.CUN));
    staff.save(new StaffMember("registrador9", "Sin CURP", null, Office.CUN));
    ca = DemoCa.create(files.resolve("sat")).startResponder();
    registrar = ca.issue("registrador1", "Rubén Moo Pérez", RUBEN);
    byOcsp =
        new StaffSignatures(new PkixCertificateTrust(ca.trustDir(), "ocsp", null, null), staff);
    byCrl =
        new StaffSignatures(
            new PkixCertificateTrust(ca.trustDir(), "crl", null, ca.crlDir()), staff);
  }

  @AfterAll
  static void cleanUp() {
    ca.close();
    database.close();
  }

  @Test
  void aRegistrarsOwnValidSignatureHoldsByOcspAndByCrl() {
    StaffSignature signature = verify(byOcsp, "registrador1", registrar, STATEMENT);
    assertThat(signature.signer().curp()).isEqualTo(RUBEN);
    assertThat(signature.signer().name()).isEqualTo("Rubén Moo Pérez");
    assertThat(signature.signer().rfc()).isEqualTo("MOPR790930XX0");
    assertThat(signature.certificate()).isEqualTo(registrar.certificateBytes());
    assertThat(verify(byCrl, "registrador1", registrar, STATEMENT).userName())
        .isEqualTo("registrador1");
  }

  @Test
  void otherBytesThanTheSignedOnesAreRefused() {
    byte[] value = registrar.sign(STATEMENT);
    byte[] other = "{\"asientos\":[]}".getBytes(StandardCharsets.UTF_8);
    refused(
        () ->
            byOcsp.verify(
                "registrador1", other, registrar.certificateBytes(), value, Instant.now()),
        SignatureRefusal.BAD_SIGNATURE);
  }

  @Test
  void anotherPersonsCertificateIsRefusedEvenWhenValid() {
    DemoCa.Efirma leticia = ca.issue("capturista1", "Leticia Canché Euán", LETICIA);
    refused(() -> verify(byOcsp, "registrador1", leticia, STATEMENT), SignatureRefusal.FOREIGN);
    refused(() -> verify(byOcsp, "registrador9", registrar, STATEMENT), SignatureRefusal.FOREIGN);
  }

  @Test
  void anExpiredCertificateIsRefused() {
    DemoCa.Efirma expired = ca.issueExpired("registrador1-vencida", "Rubén Moo Pérez", RUBEN);
    refused(() -> verify(byOcsp, "registrador1", expired, STATEMENT), SignatureRefusal.EXPIRED);
  }

  @Test
  void aRevokedCertificateIsRefusedByOcspAndByCrlAtOnce() {
    DemoCa.Efirma revoked = ca.issue("registrador1-revocada", "Rubén Moo Pérez", RUBEN);
    verify(byOcsp, "registrador1", revoked, STATEMENT);
    ca.revoke(revoked);
    refused(() -> verify(byOcsp, "registrador1", revoked, STATEMENT), SignatureRefusal.REVOKED);
    refused(() -> verify(byCrl, "registrador1", revoked, STATEMENT), SignatureRefusal.REVOKED);
  }

  @Test
  void aCertificateOfAnotherAuthorityIsRefused() {
    try (DemoCa other = DemoCa.create(files.resolve("otra"))) {
      DemoCa.Efirma impostor = other.issue("registrador1", "Rubén Moo Pérez", RUBEN);
      refused(
          () -> verify(byOcsp, "registrador1", impostor, STATEMENT), SignatureRefusal.UNTRUSTED);
    }
  }

  @Test
  void anUnknownRevocationStatusIsARefusalNotAPass() {
    try (DemoCa silent = DemoCa.create(files.resolve("sin-ocsp"))) {
      DemoCa.Efirma unanswered = silent.issue("registrador1", "Rubén Moo Pérez", RUBEN);
      StaffSignatures trustingIt =
          new StaffSignatures(
              new PkixCertificateTrust(silent.trustDir(), "ocsp", null, null),
              new SqlStaffDirectory(database.gateway()));
      refused(
          () -> verify(trustingIt, "registrador1", unanswered, STATEMENT),
          SignatureRefusal.REVOCATION_UNKNOWN);
    }
  }

  @Test
  void garbageInPlaceOfACertificateIsMalformed() {
    refused(
        () ->
            byOcsp.verify(
                "registrador1", STATEMENT, new byte[] {1, 2, 3}, new byte[256], Instant.now()),
        SignatureRefusal.MALFORMED);
  }

  private static StaffSignature verify(
      StaffSignatures signatures, String user, DemoCa.Efirma efirma, byte[] bytes) {
    return signatures.verify(
        user, bytes, efirma.certificateBytes(), efirma.sign(bytes), Instant.now());
  }

  private static void refused(ThrowingCallable call, SignatureRefusal why) {
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(
            SignatureRefusedException.class, e -> assertThat(e.refusal()).isEqualTo(why));
  }
}
