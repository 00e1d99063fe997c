package mx.gob.qroo.rppc.audit.application;

import static org.assertj.core.api.Assertions.assertThat;

import mx.gob.qroo.rppc.audit.domain.AccessEvent;
import mx.gob.qroo.rppc.shared.domain.ConflictException;
import mx.gob.qroo.rppc.shared.domain.InvalidRequestException;
import mx.gob.qroo.rppc.shared.domain.PreconditionRequiredException;
import mx.gob.qroo.rppc.shared.domain.UnprocessableException;
import org.junit.jupiter.api.Test;

class AccessLogInterceptorTest {

  @Test
  void aTypedRefusalIsTheCallersDoingAndABareIllegalArgumentTheServers() {
    assertThat(AccessLogInterceptor.outcomeOf(InvalidRequestException.of("limit", "de 1 a 200")))
        .isEqualTo(AccessEvent.REJECTED);
    assertThat(AccessLogInterceptor.outcomeOf(new ConflictException("prelacion", "antes otra")))
        .isEqualTo(AccessEvent.CONFLICT);
    assertThat(
            AccessLogInterceptor.outcomeOf(
                new UnprocessableException("certificado-revocado", "fue revocado")))
        .isEqualTo(AccessEvent.REJECTED);
    assertThat(
            AccessLogInterceptor.outcomeOf(
                new PreconditionRequiredException("firma-requerida", "fírmela")))
        .isEqualTo(AccessEvent.REJECTED);
    assertThat(AccessLogInterceptor.outcomeOf(new IllegalArgumentException("un error nuestro")))
        .isNull();
  }
}
