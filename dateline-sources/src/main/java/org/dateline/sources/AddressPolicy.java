package org.dateline.sources;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Optional;

/**
 * Which addresses a fetch may reach. A server that fetches URLs its clients post must not be made
 * to read its own machine or its network: {@link #PUBLIC_ONLY} refuses hosts that resolve to
 * loopback, link-local, private (RFC 1918, unique-local IPv6), carrier-grade NAT, multicast or
 * unspecified addresses. Checked before every request, redirects included. A host that resolves
 * differently between the check and the connection (DNS rebinding) is not caught.
 */
@FunctionalInterface
public interface AddressPolicy {

  /** Any address: the command line reads what its user asks for. */
  AddressPolicy ANY = uri -> Optional.empty();

  AddressPolicy PUBLIC_ONLY = uri -> {
    String host = uri.getHost();
    if (host == null) {
      return Optional.of("no host in " + uri);
    }
    InetAddress[] addresses;
    try {
      addresses = InetAddress.getAllByName(host.startsWith("[") ? host.substring(1, host.length() - 1) : host);
    } catch (UnknownHostException e) {
      return Optional.of("unknown host " + host);
    }
    for (InetAddress a : addresses) {
      if (!isPublic(a)) {
        return Optional.of(host + " is a private, loopback or link-local address (" + a.getHostAddress() + ")");
      }
    }
    return Optional.empty();
  };

  /** Why a request to this URI is refused, or empty when it may go. */
  Optional<String> refuse(URI uri);

  static boolean isPublic(InetAddress a) {
    if (a.isLoopbackAddress() || a.isLinkLocalAddress() || a.isSiteLocalAddress() || a.isAnyLocalAddress()
        || a.isMulticastAddress()) {
      return false;
    }
    byte[] b = a.getAddress();
    if (a instanceof Inet4Address) {
      int first = b[0] & 0xff;
      int second = b[1] & 0xff;
      boolean carrierNat = first == 100 && second >= 64 && second <= 127;
      return first != 0 && !carrierNat && !(first == 255 && second == 255);
    }
    if (a instanceof Inet6Address) {
      return (b[0] & 0xfe) != 0xfc; // fc00::/7, unique local
    }
    return true;
  }
}
