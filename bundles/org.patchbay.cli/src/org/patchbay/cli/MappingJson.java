package org.patchbay.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.patchbay.mapping.Mapping;
import org.patchbay.mapping.Mapping.Placement;
import org.patchbay.mapping.Mapping.PortUse;
import org.patchbay.mapping.Mapping.SegmentPlan;
import org.patchbay.mapping.Mapping.TrunkLoad;

/**
 * A mapping as the documented JSON of {@code patchbay-cli map --json} (docs/mapping.md, "format":
 * "patchbay-mapping/1"). Fields are only ever added within one format version.
 */
public final class MappingJson {

    public static final String FORMAT = "patchbay-mapping/1";

    private MappingJson() {
    }

    public static Map<String, Object> of(String experiment, String testbed, Mapping mapping) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("format", FORMAT);
        json.put("experiment", experiment);
        json.put("testbed", testbed);
        json.put("score", mapping.score());
        json.put("trunkViolations", mapping.trunkViolations());
        json.put("interSwitchLinks", mapping.interSwitchLinks());
        json.put("violations", mapping.violations());
        Map<String, Object> search = new LinkedHashMap<>();
        search.put("moves", mapping.search().moves());
        search.put("seconds", mapping.search().elapsed().toNanos() / 1e9);
        search.put("initialScore", mapping.search().initialScore());
        search.put("stoppedByTimeLimit", mapping.search().stoppedByTimeLimit());
        json.put("search", search);
        List<Object> placements = new ArrayList<>();
        for (Placement placement : mapping.placements()) {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("node", placement.node().getName());
            p.put("machine", placement.machine().getName());
            p.put("switch", placement.switchName());
            p.put("pinned", placement.pinned());
            placements.add(p);
        }
        json.put("placements", placements);
        List<Object> segments = new ArrayList<>();
        for (SegmentPlan segment : mapping.segments()) {
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("name", segment.name());
            s.put("vlan", segment.vlan() == 0 ? null : segment.vlan());
            s.put("switches", segment.switches());
            s.put("trunks", segment.trunks());
            List<Object> ports = new ArrayList<>();
            for (PortUse use : segment.ports()) {
                Map<String, Object> p = new LinkedHashMap<>();
                p.put("node", use.node().getName());
                p.put("machine", use.machine().getName());
                p.put("interface", use.machineInterface() == null ? null : use.machineInterface().getName());
                p.put("switch", use.switchName());
                p.put("switchPort", use.switchPort() == null ? null : use.switchPort().getName());
                p.put("ifIndex", use.switchPort() == null ? null : use.switchPort().getIfIndex());
                p.put("mbps", use.mbps());
                ports.add(p);
            }
            s.put("ports", ports);
            segments.add(s);
        }
        json.put("segments", segments);
        List<Object> delays = new ArrayList<>();
        for (Mapping.DelayNode delay : mapping.delayNodes()) {
            Map<String, Object> d = new LinkedHashMap<>();
            d.put("shapes", delay.name());
            d.put("node", delay.node().getName());
            d.put("machine", delay.machine().getName());
            d.put("towardsA", delay.towardsA() == null ? null : delay.towardsA().getName());
            d.put("sideA", delay.sideA());
            d.put("towardsB", delay.towardsB() == null ? null : delay.towardsB().getName());
            d.put("sideB", delay.sideB());
            delays.add(d);
        }
        json.put("delayNodes", delays);
        List<Object> trunks = new ArrayList<>();
        for (TrunkLoad trunk : mapping.trunks()) {
            Map<String, Object> t = new LinkedHashMap<>();
            t.put("name", trunk.name());
            t.put("loadMbps", trunk.loadMbps());
            t.put("capacityMbps", trunk.capacityMbps());
            t.put("overloaded", trunk.overloaded());
            trunks.add(t);
        }
        json.put("trunks", trunks);
        return json;
    }
}
