package org.patchbay.agent.jobs;

/** Addresses as {@code /proc/net/tcp} and {@code tcp6} print them: hex, each 32-bit word in host (little-endian) order, then the port. */
final class TcpAddresses {

    private TcpAddresses() {
    }

    static String decode(String hexAddressAndPort) {
        int colon = hexAddressAndPort.indexOf(':');
        if (colon < 0) {
            return hexAddressAndPort;
        }
        String hex = hexAddressAndPort.substring(0, colon);
        int port = Integer.parseInt(hexAddressAndPort.substring(colon + 1), 16);
        byte[] bytes = new byte[hex.length() / 2];
        for (int word = 0; word < bytes.length / 4; word++) {
            for (int i = 0; i < 4; i++) {
                int at = (word * 4 + 3 - i) * 2;
                bytes[word * 4 + i] = (byte) Integer.parseInt(hex.substring(at, at + 2), 16);
            }
        }
        try {
            String address = java.net.InetAddress.getByAddress(bytes).getHostAddress();
            return (bytes.length == 16 ? "[" + address + "]" : address) + ":" + port;
        } catch (java.net.UnknownHostException e) {
            return hexAddressAndPort;
        }
    }
}
