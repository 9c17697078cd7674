package org.dateline.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ServerConfigTest {

  private static final Path DB = Path.of("kb.db");

  @Test
  void loopbackNeedsNoToken() {
    assertThat(new ServerConfig(DB, "127.0.0.1", 8080, Optional.empty(), 4096).token()).isEmpty();
    assertThat(new ServerConfig(DB, "localhost", 0, Optional.empty(), 4096).port()).isZero();
    assertThat(new ServerConfig(DB, "::1", 0, Optional.empty(), 4096).host()).isEqualTo("::1");
  }

  @Test
  void anyOtherAddressNeedsAToken() {
    assertThatThrownBy(() -> new ServerConfig(DB, "0.0.0.0", 8080, Optional.empty(), 4096))
        .hasMessage("binding 0.0.0.0, which is not a loopback address, needs an access token "
            + "(--token, or the DATELINE_TOKEN environment variable)");
    assertThat(new ServerConfig(DB, "0.0.0.0", 8080, Optional.of("a-long-enough-token"), 4096).host()).isEqualTo("0.0.0.0");
  }

  @Test
  void badValuesAreRefusedWithTheValue() {
    assertThatThrownBy(() -> new ServerConfig(DB, "127.0.0.1", 70_000, Optional.empty(), 4096)).hasMessageContaining("70000");
    assertThatThrownBy(() -> new ServerConfig(DB, "127.0.0.1", 1, Optional.of("short"), 4096)).hasMessageContaining("at least 16");
    assertThatThrownBy(() -> new ServerConfig(DB, "127.0.0.1", 1, Optional.empty(), 10)).hasMessageContaining("10");
    assertThatThrownBy(() -> new ServerConfig(DB, "no-such-host.invalid", 1, Optional.empty(), 4096))
        .hasMessageContaining("no-such-host.invalid");
  }

  @Test
  void theTokenNeverShowsInTheDescription() {
    assertThat(new ServerConfig(DB, "0.0.0.0", 1, Optional.of("a-long-enough-token"), 4096).toString())
        .doesNotContain("a-long-enough-token").contains("***");
  }
}
