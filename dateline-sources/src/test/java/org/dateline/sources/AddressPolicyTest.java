package org.dateline.sources;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import org.junit.jupiter.api.Test;

class AddressPolicyTest {

  private static boolean isPublic(String literal) throws UnknownHostException {
    return AddressPolicy.isPublic(InetAddress.getByName(literal));
  }

  @Test
  void tellsPublicAddressesFromTheMachinesOwnAndItsNetworks() throws UnknownHostException {
    assertThat(isPublic("93.184.216.34")).isTrue();
    assertThat(isPublic("2606:2800:220:1:248:1893:25c8:1946")).isTrue();
    for (String inside : new String[] {"127.0.0.1", "10.1.2.3", "172.16.0.1", "192.168.1.1", "169.254.169.254",
        "100.64.0.1", "0.0.0.0", "224.0.0.1", "::1", "fe80::1", "fd00::1"}) {
      assertThat(isPublic(inside)).as(inside).isFalse();
    }
  }

  @Test
  void publicOnlyRefusesLoopbackHostsWithAReason() {
    assertThat(AddressPolicy.PUBLIC_ONLY.refuse(URI.create("http://127.0.0.1:8080/page")))
        .hasValueSatisfying(reason -> assertThat(reason).contains("127.0.0.1").contains("loopback"));
    assertThat(AddressPolicy.PUBLIC_ONLY.refuse(URI.create("http://[::1]/"))).isPresent();
    assertThat(AddressPolicy.ANY.refuse(URI.create("http://127.0.0.1/"))).isEmpty();
  }
}
