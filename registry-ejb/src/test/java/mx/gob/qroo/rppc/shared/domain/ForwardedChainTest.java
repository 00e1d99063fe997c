package mx.gob.qroo.rppc.shared.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ForwardedChainTest {

  @Test
  void xForwardedForIsACommaSeparatedListAcrossRepeatedHeaders() {
    assertThat(
            ForwardedChain.ofXForwardedFor(
                List.of("198.51.100.1, 203.0.113.9:5432", "[2001:db8::1]:443,2001:db8::2")))
        .containsExactly("198.51.100.1", "203.0.113.9", "2001:db8::1", "2001:db8::2");
    assertThat(ForwardedChain.ofXForwardedFor(List.of())).isEmpty();
  }

  @Test
  void forwardedGivesTheForParameterOfEachElement() {
    assertThat(
            ForwardedChain.ofForwarded(
                List.of(
                    "for=198.51.100.1;proto=https, For=\"[2001:db8:cafe::17]:4711\";by=10.0.0.1",
                    "proto=http;for=\"203.0.113.9:80\", for=unknown, host=\"a,b;c\";for=_gazonk")))
        .containsExactly("198.51.100.1", "2001:db8:cafe::17", "203.0.113.9", "unknown", "_gazonk");
  }
}
