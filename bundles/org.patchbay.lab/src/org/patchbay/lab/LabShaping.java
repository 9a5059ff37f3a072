package org.patchbay.lab;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.patchbay.core.shaping.ShapingTarget;
import org.patchbay.shaping.PipeKey;
import org.patchbay.shaping.PipeSpec;
import org.patchbay.shaping.ShapingPlan;

/**
 * A shaping plan on the lab's delay nodes. Each pipe of the plan (a node interface and direction) is
 * one direction of the delay node on that interface's wire: "ab" carries what the wire's A end sends.
 * Every change is checked before any is sent, so a plan the shapers cannot carry changes nothing.
 */
public final class LabShaping implements ShapingTarget {

    /** Where a pipe is: which delay node, which direction. */
    record Place(DelayNodeProcess shaper, String direction) {
    }

    /** The counters of one pipe since the lab started. */
    public record PipeCounters(long offered, long delivered, long lost, long tailDropped, long bytes) {
    }

    private final Map<PipeKey, Place> places = new TreeMap<>();
    private final List<DelayNodeProcess> shapers = new ArrayList<>();

    LabShaping(List<DelayNodeProcess> shapers) {
        shapers.forEach(this::add);
    }

    /** A delay node that joined the running lab (a link added while it runs). */
    synchronized void add(DelayNodeProcess shaper) {
        shapers.add(shaper);
        LabPlan.DelayNode d = shaper.node();
        if (d.nodeA() != null && d.nodeB() != null) {
            places.put(new PipeKey(d.nodeA(), d.ifaceA(), PipeKey.Direction.EGRESS, d.what()), new Place(shaper, "ab"));
            places.put(new PipeKey(d.nodeB(), d.ifaceB(), PipeKey.Direction.EGRESS, d.what()), new Place(shaper, "ba"));
        } else if (d.nodeA() != null) {
            places.put(new PipeKey(d.nodeA(), d.ifaceA(), PipeKey.Direction.EGRESS, d.what()), new Place(shaper, "ab"));
            places.put(new PipeKey(d.nodeA(), d.ifaceA(), PipeKey.Direction.INGRESS, d.what()), new Place(shaper, "ba"));
        } else if (d.nodeB() != null) {
            places.put(new PipeKey(d.nodeB(), d.ifaceB(), PipeKey.Direction.EGRESS, d.what()), new Place(shaper, "ba"));
            places.put(new PipeKey(d.nodeB(), d.ifaceB(), PipeKey.Direction.INGRESS, d.what()), new Place(shaper, "ab"));
        }
    }

    /** A delay node that left with its wire; its pipes are no longer the lab's. */
    synchronized void remove(DelayNodeProcess shaper) {
        shapers.remove(shaper);
        places.values().removeIf(place -> place.shaper() == shaper);
    }

    @Override
    public String backend() {
        return "user-space delay nodes (pb-shaper; this kernel has no netem)";
    }

    /**
     * Applies the changes. All are checked first (a pipe the lab has no wire for, a RED queue) and
     * refused together with every reason; then each is sent, and a shaper that fails is reported
     * after the others have been applied.
     */
    @Override
    public synchronized void apply(List<ShapingPlan.Change> changes) throws LabException {
        List<String> problems = new ArrayList<>();
        // a pipe whose wire left the lab with it needs no removal
        changes = changes.stream().filter(c -> c.after() != null || places.containsKey(c.key())).toList();
        for (ShapingPlan.Change change : changes) {
            if (!places.containsKey(change.key())) {
                problems.add(change.key().shapes() + ": the lab has no wire for " + change.key().node() + " " + change.key().iface()
                        + " (yet); it is wired when the lab follows the change");
            } else if (change.after() != null && change.after().queueKind() == PipeSpec.QueueKind.RED) {
                problems.add(change.key().shapes() + ": the lab's delay nodes queue DropTail only; set the queue kind to DropTail");
            }
        }
        if (!problems.isEmpty()) {
            throw new LabException("Shaping not applied:\n- " + String.join("\n- ", problems));
        }
        for (ShapingPlan.Change change : changes) {
            Place place = places.get(change.key());
            try {
                place.shaper().command(command(place.direction(), change.after(), seed(change.key())), 1);
            } catch (LabException e) {
                problems.add(e.getMessage());
            }
        }
        if (!problems.isEmpty()) {
            throw new LabException("Shaping partly applied:\n- " + String.join("\n- ", problems));
        }
    }

    /** What the delay nodes are doing now, read back from them, by pipe. */
    @Override
    public synchronized Map<PipeKey, PipeSpec> applied() throws LabException {
        Map<DelayNodeProcess, Map<String, PipeSpec>> shown = new LinkedHashMap<>();
        for (DelayNodeProcess shaper : shapers) {
            shown.put(shaper, shaper.shown());
        }
        Map<PipeKey, PipeSpec> applied = new TreeMap<>();
        places.forEach((key, place) -> applied.put(key, shown.get(place.shaper()).get(place.direction())));
        return applied;
    }

    /** Packet counters of every pipe, read from the delay nodes. */
    public synchronized Map<PipeKey, PipeCounters> counters() throws LabException {
        Map<DelayNodeProcess, Map<String, PipeCounters>> read = new LinkedHashMap<>();
        for (DelayNodeProcess shaper : shapers) {
            Map<String, PipeCounters> byDirection = new LinkedHashMap<>();
            for (String line : shaper.command("stats", 2)) {
                Map<String, String> f = HelperOutput.fields(line);
                byDirection.put(line.split(" ")[1], new PipeCounters(Long.parseLong(f.get("offered")), Long.parseLong(f.get("delivered")),
                        Long.parseLong(f.get("lost")), Long.parseLong(f.get("tail_dropped")), Long.parseLong(f.get("bytes"))));
            }
            read.put(shaper, byDirection);
        }
        Map<PipeKey, PipeCounters> counters = new TreeMap<>();
        places.forEach((key, place) -> counters.put(key, read.get(place.shaper()).get(place.direction())));
        return counters;
    }

    static String command(String direction, PipeSpec spec, long seed) {
        return org.patchbay.shaping.ShaperProcess.setCommand(direction, spec, seed);
    }

    /** The same pipe drops the same packets on every run (FNV-1a of its place). */
    static long seed(PipeKey key) {
        return org.patchbay.shaping.ShaperProcess.seed(key.node() + "/" + key.iface() + "/" + key.direction());
    }
}
