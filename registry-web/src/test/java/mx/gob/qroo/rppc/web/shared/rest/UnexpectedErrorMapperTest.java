package mx.gob.qroo.rppc.web.shared.rest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UnexpectedErrorMapperTest {

  @Test
  void theInternalErrorSaysNothingButTheRequestsReference() {
    Problem problem = UnexpectedErrorMapper.internalError("req-42");

    assertThat(problem.status()).isEqualTo(500);
    assertThat(problem.type()).endsWith("/error-interno");
    assertThat(problem.detail())
        .isEqualTo("Ocurrió un error inesperado; nada se guardó. Referencia: req-42");
    assertThat(problem.errors()).isEmpty();
  }
}
