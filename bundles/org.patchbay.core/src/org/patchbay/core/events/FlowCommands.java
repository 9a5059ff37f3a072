package org.patchbay.core.events;

import java.util.List;

import org.patchbay.model.TrafficFlow;
import org.patchbay.model.topology.FlowAddresses;

/**
 * The programs that carry a drawn traffic flow between two nodes, the same on the lab and on real
 * nodes: iperf3 at the flow's rate and packet size, its server on the destination for one test, its
 * client on the source retrying while the server is not listening yet.
 */
public final class FlowCommands {

    /** The longest a program or flow runs without a stop event. */
    public static final long ACTIVITY_SECONDS = 3600;
    private static final int FIRST_FLOW_PORT = 20000;
    /** A busy machine may start the server late: the client tries this often, 0.2 s apart. */
    private static final int CLIENT_ATTEMPTS = 100;

    /** Where a flow goes: its destination's IPv4 address and the port this flow owns (one per flow of the topology). */
    public record Ends(String address, int port) {
    }

    private FlowCommands() {
    }

    /** Where {@code flow} is sent; refused, naming the flow and the fix, when it has no destination with an address. */
    public static Ends ends(TrafficFlow flow) {
        if (flow.getDestination() == null) {
            throw new IllegalArgumentException(flow.getName() + " has no destination node; choose one in Properties");
        }
        String address = FlowAddresses.destination(flow).orElseThrow(
                () -> new IllegalArgumentException(flow.getName() + ": " + flow.getDestination().getName() + " has no IPv4 address to send to"));
        return new Ends(address, FIRST_FLOW_PORT + flow.eContainer().eContents().indexOf(flow));
    }

    /** The rate a flow is paced at, in bit/s (at least 1 kb/s: a zero rate is not "unlimited" to iperf3's pacing). */
    public static long rateBps(TrafficFlow flow) {
        return Math.max(1000, flow.getRateBps());
    }

    /** The iperf3 server for one test of {@code ends}, on the destination. */
    public static List<String> iperfServer(Ends ends) {
        return List.of("timeout", Long.toString(ACTIVITY_SECONDS), "iperf3", "-s", "-1", "-p", Integer.toString(ends.port()));
    }

    /** The iperf3 client on the source; over UDP when {@code udp}. */
    public static List<String> iperfClient(TrafficFlow flow, Ends ends, boolean udp) {
        String client = "for i in $(seq " + CLIENT_ATTEMPTS + "); do iperf3 -c " + ends.address() + " -p " + ends.port() + (udp ? " -u" : "") + " -b "
                + rateBps(flow) + " -l " + Math.max(1, flow.getPacketSizeBytes()) + " -t " + ACTIVITY_SECONDS + " && exit 0; sleep 0.2; done; exit 1";
        return List.of("sh", "-c", client);
    }
}
