package org.patchbay.core.power;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Function;

import org.patchbay.core.live.AgentMonitor;
import org.patchbay.core.live.LiveNode;
import org.patchbay.core.live.LiveState;
import org.patchbay.snmp.PduDriver;
import org.patchbay.snmp.PowerCommand;
import org.patchbay.snmp.SnmpClient;
import org.patchbay.snmp.SnmpException;

/**
 * Power on, off, cycle and reboot as operations with explicit states and time limits, one at a time
 * per node. Reboot escalates as Emulab's does: ask the node's agent; if the node does not go down, or
 * does not come back, power-cycle it through its PDU outlet; if it still does not come back, fail
 * and say why. PDU commands that get no answer are retried with backoff, then given up with the
 * reason (no answer, authentication failure, or the outlet did not change). Each operation runs on
 * its own virtual thread; nothing here blocks a caller.
 */
public final class PowerOperations {

    private static final Duration POLL = Duration.ofMillis(100);
    private static final int HISTORY = 1000;

    /** Asks a node's agent to reboot; completes when the agent accepted. */
    public interface Reboots {
        java.util.concurrent.CompletableFuture<?> reboot(String node);
    }

    /** Sends a command to a PDU outlet and reads the outlet back. */
    public interface Outlets {
        java.util.concurrent.CompletableFuture<PduDriver.Outcome> command(PowerOutlet outlet, PowerCommand command);
    }

    private final Reboots agents;
    private final LiveState live;
    private final Outlets pdus;
    private final Function<String, Optional<PowerOutlet>> outlets;
    private volatile PowerTimings timings;
    private final Map<String, Operation> running = new ConcurrentHashMap<>();
    private final Map<Operation, Thread> threads = new ConcurrentHashMap<>();
    private final List<Operation> history = new CopyOnWriteArrayList<>();
    private final List<Consumer<Operation>> listeners = new CopyOnWriteArrayList<>();
    private final AtomicLong ids = new AtomicLong();

    public PowerOperations(AgentMonitor agents, LiveState live, SnmpClient snmp, Function<String, Optional<PowerOutlet>> outlets, PowerTimings timings) {
        this(agents::reboot, live, (outlet, command) -> new PduDriver(snmp, outlet.pdu(), outlet.profile(), outlet.unit()).command(outlet.outlet(), command),
                outlets, timings);
    }

    /** With the agents and PDUs given as their two operations (fakes in tests, the testbed's own elsewhere). */
    public PowerOperations(Reboots agents, LiveState live, Outlets pdus, Function<String, Optional<PowerOutlet>> outlets, PowerTimings timings) {
        this.agents = agents;
        this.live = live;
        this.pdus = pdus;
        this.outlets = outlets;
        this.timings = timings;
    }

    /** Timings for operations started from now on (the lab's nodes boot in a second, real ones in minutes). */
    public void setTimings(PowerTimings newTimings) {
        timings = newTimings;
    }

    public void addListener(Consumer<Operation> listener) {
        listeners.add(listener);
    }

    public void removeListener(Consumer<Operation> listener) {
        listeners.remove(listener);
    }

    /** Every operation of this session, newest last. */
    public List<Operation> history() {
        return List.copyOf(history);
    }

    public Optional<Operation> runningOn(String node) {
        return Optional.ofNullable(running.get(node));
    }

    public Operation start(String node, PowerAction action, String user) throws OperationRefused {
        Optional<PowerOutlet> outlet = outlets.apply(node);
        if (action != PowerAction.REBOOT && outlet.isEmpty()) {
            throw new OperationRefused("Cannot " + action.words + " " + node + ": no PDU outlet feeds it; give it a Power Outlet in Properties");
        }
        Operation[] holder = {null};
        Operation mine = new Operation(ids.incrementAndGet(), node, action, user, () -> notifyChanged(holder[0]));
        holder[0] = mine;
        Operation other = running.putIfAbsent(node, mine);
        if (other != null) {
            throw new OperationRefused(node + " is busy: " + other.action().words + " started by " + other.user() + " is still " + other.state().name()
                    .toLowerCase().replace('_', ' ') + "; wait for it or cancel it");
        }
        history.add(mine);
        if (history.size() > HISTORY) {
            history.remove(0);
        }
        Thread thread = Thread.ofVirtual().name("power-" + node).unstarted(() -> run(mine, outlet.orElse(null)));
        threads.put(mine, thread);
        notifyChanged(mine);
        thread.start();
        return mine;
    }

    public void cancel(Operation operation) {
        Thread thread = threads.get(operation);
        if (thread != null && !operation.state().finished()) {
            operation.finish(Operation.State.CANCELLED, "cancelled by the user while " + operation.state().name().toLowerCase().replace('_', ' '));
            thread.interrupt();
        }
    }

    /** Groups of {@code groupSize} nodes, one group after another with {@code pause} between them. */
    public Batch startBatch(List<String> nodes, PowerAction action, String user, int groupSize, Duration pause) {
        if (groupSize < 1) {
            throw new IllegalArgumentException("a batch needs groups of at least one node");
        }
        Batch batch = new Batch();
        Thread runner = Thread.ofVirtual().name("power-batch").unstarted(() -> {
            try {
                for (int from = 0; from < nodes.size() && !batch.cancelled(); from += groupSize) {
                    List<Operation> group = new ArrayList<>();
                    Instant started = Instant.now();
                    for (String node : nodes.subList(from, Math.min(nodes.size(), from + groupSize))) {
                        try {
                            group.add(start(node, action, user));
                        } catch (OperationRefused e) {
                            batch.refuse(e.getMessage());
                        }
                    }
                    for (Operation op : group) {
                        try {
                            op.done().get();
                        } catch (InterruptedException e) {
                            group.forEach(this::cancel);
                            Thread.currentThread().interrupt();
                        } catch (ExecutionException e) {
                            // an operation records its own failure
                        }
                    }
                    batch.add(new Batch.Group(started, Instant.now(), List.copyOf(group)));
                    if (from + groupSize < nodes.size() && !batch.cancelled()) {
                        Thread.sleep(pause.toMillis());
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                batch.finish();
            }
        });
        batch.running(runner);
        runner.start();
        return batch;
    }

    private void run(Operation op, PowerOutlet outlet) {
        try {
            switch (op.action()) {
                case ON -> power(op, outlet, PowerCommand.ON);
                case OFF -> power(op, outlet, PowerCommand.OFF);
                case CYCLE -> power(op, outlet, PowerCommand.CYCLE);
                case REBOOT -> reboot(op, outlet);
            }
        } catch (InterruptedException e) {
            op.finish(Operation.State.CANCELLED, "cancelled");
        } catch (RuntimeException e) {
            op.finish(Operation.State.FAILED, op.node() + ": " + e);
        } finally {
            running.remove(op.node(), op);
            threads.remove(op);
        }
    }

    private void reboot(Operation op, PowerOutlet outlet) throws InterruptedException {
        String node = op.node();
        String why;
        if (isUp(node)) {
            op.step(Operation.State.AGENT_REBOOT, "asking " + node + "'s agent to reboot");
            long asked = System.nanoTime();
            try {
                agents.reboot(node).get(10, TimeUnit.SECONDS);
                op.step(Operation.State.WAITING_DOWN, "the agent accepted; waiting up to " + seconds(timings.agentGoneWithin()) + " for " + node + " to go down");
                if (waitFor(node, false, timings.agentGoneWithin())) {
                    op.step(Operation.State.WAITING_UP, node + " went down; waiting up to " + seconds(timings.backWithin()) + " for it to come back");
                    if (waitFor(node, true, timings.backWithin())) {
                        op.finish(Operation.State.SUCCEEDED, node + " rebooted by its agent, up after " + since(asked));
                        return;
                    }
                    why = node + " went down but did not come back within " + seconds(timings.backWithin());
                } else {
                    why = "the agent accepted the reboot but " + node + " did not go down within " + seconds(timings.agentGoneWithin());
                }
            } catch (ExecutionException | TimeoutException e) {
                why = "the agent did not take the reboot (" + cause(e) + ")";
            }
        } else {
            why = node + "'s agent is not answering";
        }
        if (outlet == null) {
            op.finish(Operation.State.FAILED, why + ", and no PDU outlet feeds " + node + " to power-cycle it");
            return;
        }
        op.step(Operation.State.POWER_COMMAND, why + ": power-cycling through " + outlet);
        power(op, outlet, PowerCommand.CYCLE, why + "; power-cycled through " + outlet);
    }

    private void power(Operation op, PowerOutlet outlet, PowerCommand command) throws InterruptedException {
        power(op, outlet, command, null);
    }

    private void power(Operation op, PowerOutlet outlet, PowerCommand command, String escalated) throws InterruptedException {
        String node = op.node();
        boolean watched = live.node(node) != null;
        PduDriver.Outcome outcome = null;
        for (int attempt = 0; outcome == null; attempt++) {
            op.step(Operation.State.POWER_COMMAND, command.name().toLowerCase() + " to " + outlet + (attempt > 0 ? " (try " + (attempt + 1) + ")" : ""));
            try {
                outcome = pdus.command(outlet, command).get(60, TimeUnit.SECONDS);
            } catch (ExecutionException | TimeoutException e) {
                Throwable cause = e instanceof ExecutionException ? unwrap(e.getCause()) : e;
                boolean retry = cause instanceof SnmpException s ? s.kind() == SnmpException.Kind.TIMEOUT : cause instanceof TimeoutException;
                if (!retry || attempt >= timings.pduRetries().size()) {
                    String reason = cause instanceof SnmpException s && s.kind() == SnmpException.Kind.TIMEOUT
                            ? outlet.pdu().name() + " is unreachable: " + cause.getMessage()
                            : cause.getMessage();
                    op.finish(Operation.State.FAILED, "gave up after " + (attempt + 1) + " tries: " + reason);
                    return;
                }
                Duration wait = timings.pduRetries().get(attempt);
                op.step(Operation.State.POWER_COMMAND, "no answer from " + outlet.pdu().name() + "; retrying in " + seconds(wait));
                Thread.sleep(wait.toMillis());
            }
        }
        if (!outcome.succeeded()) {
            op.finish(Operation.State.FAILED, outlet.pdu().name() + ": " + outcome.describe());
            return;
        }
        if (!watched) {
            op.finish(Operation.State.SUCCEEDED, (escalated != null ? escalated : node + ": " + outcome.describe())
                    + " (no agent watched, so not confirmed by the node)");
            return;
        }
        // what happened, in the words of the operation, and how long the node took to follow
        String done = escalated != null ? escalated : node + " " + switch (command) {
            case ON -> "powered on";
            case OFF -> "powered off";
            case CYCLE -> "power-cycled";
        } + " through " + outlet;
        long commanded = System.nanoTime();
        op.step(Operation.State.WAITING_POWER, outcome.describe());
        if (command == PowerCommand.OFF) {
            if (waitFor(node, false, timings.agentGoneWithin())) {
                op.finish(Operation.State.SUCCEEDED, done + ", down after " + since(commanded));
            } else {
                op.finish(Operation.State.FAILED, "the outlet reads off but " + node + " still answers; check which outlet feeds it");
            }
            return;
        }
        if (command == PowerCommand.CYCLE) {
            waitFor(node, false, Duration.ofSeconds(10));
        }
        if (waitFor(node, true, timings.afterPowerBackWithin())) {
            op.finish(Operation.State.SUCCEEDED, done + ", up after " + since(commanded));
        } else {
            op.finish(Operation.State.FAILED, node + " did not come back within " + seconds(timings.afterPowerBackWithin()) + " after " + command.name().toLowerCase()
                    + " through " + outlet);
        }
    }

    private static String since(long startNanos) {
        return Math.round((System.nanoTime() - startNanos) / 1e9) + " s";
    }

    private boolean isUp(String node) {
        LiveNode n = live.node(node);
        return n != null && n.up();
    }

    /** Waits until the node is (or is not) up, polling the live state; false when the time runs out. */
    private boolean waitFor(String node, boolean up, Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (isUp(node) != up) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(POLL.toMillis());
        }
        return true;
    }

    private void notifyChanged(Operation op) {
        if (op != null) {
            listeners.forEach(l -> l.accept(op));
        }
    }

    private static Throwable unwrap(Throwable t) {
        return t instanceof CompletionException && t.getCause() != null ? t.getCause() : t;
    }

    private static String cause(Exception e) {
        Throwable t = e instanceof ExecutionException ? unwrap(e.getCause()) : e;
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }

    private static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() / 1000.0 + " s";
    }
}
