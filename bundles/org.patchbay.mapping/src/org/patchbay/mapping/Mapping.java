package org.patchbay.mapping;

import java.time.Duration;
import java.util.List;

import org.patchbay.model.Interface;
import org.patchbay.model.Machine;
import org.patchbay.model.Node;
import org.patchbay.model.Port;
import org.patchbay.model.ShapedElement;
import org.patchbay.model.SwitchPort;
import org.patchbay.model.Trunk;

/**
 * A virtual-to-physical mapping: the machine of every virtual node, the ports and VLAN of every
 * link or LAN, the load it puts on each trunk, and what it violates. Lower scores are better.
 *
 * @param interSwitchLinks attachments of links and LANs that leave their segment's main switch (Netbed's inter-switch links)
 * @param score the search's objective: trunk traffic in 100 Mb/s-hops plus penalties for overloaded trunks
 * @param delayNodes the delay nodes put into shaped links when the request asked for them (their placements are among {@code placements})
 */
public record Mapping(List<Placement> placements, List<SegmentPlan> segments, List<TrunkLoad> trunks, List<String> violations,
        int interSwitchLinks, double score, Search search, List<DelayNode> delayNodes) {

    /** Where one virtual node runs; {@code pinned} when the user or the topology fixed it there. */
    public record Placement(Node node, Machine machine, String switchName, boolean pinned) {
    }

    /** One attachment of a link or LAN: a virtual node's drawn port on a machine interface and its switch port. */
    public record PortUse(Node node, Machine machine, Interface machineInterface, SwitchPort switchPort, String switchName, double mbps) {
    }

    /** A link or LAN (or a drawn switch's domain) on the testbed: its VLAN, its ports, the switches and trunks it spans. */
    public record SegmentPlan(String name, int vlan, List<PortUse> ports, List<String> switches, List<String> trunks) {

        public boolean spansSwitches() {
            return switches.size() > 1;
        }
    }

    /** The traffic the mapping puts on the trunks between two switches. */
    public record TrunkLoad(String name, List<Trunk> trunks, double loadMbps, double capacityMbps) {

        public boolean overloaded() {
            return loadMbps > capacityMbps;
        }
    }

    /**
     * A shaped link, or a shaped LAN member's attachment, run through a delay node: {@code machine} bridges
     * {@code towardsA} (in the VLAN of what {@code sideA} names: the link's end A, or the LAN member) and
     * {@code towardsB} ({@code sideB}: end B, or the LAN), shaping as {@code shaped} says (for a LAN, the
     * member's own values where it has them). {@code name} is what it shapes: "link0", or "lan0:n2".
     */
    public record DelayNode(String name, ShapedElement shaped, Port member, Node node, Machine machine, Interface towardsA, String sideA,
            Interface towardsB, String sideB) {
    }

    /** How the search went. */
    public record Search(long moves, Duration elapsed, double initialScore, boolean stoppedByTimeLimit) {
    }

    public long trunkViolations() {
        return trunks.stream().filter(TrunkLoad::overloaded).count();
    }

    public Placement placementOf(String nodeName) {
        return placements.stream().filter(p -> p.node().getName().equals(nodeName)).findFirst().orElse(null);
    }
}
