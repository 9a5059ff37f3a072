package org.patchbay.lab;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.patchbay.core.events.FlowCommands;
import org.patchbay.core.events.LiveEventActions;
import org.patchbay.model.Activity;
import org.patchbay.model.Program;
import org.patchbay.model.TrafficFlow;
import org.patchbay.model.TrafficProtocol;

/**
 * Scheduled commands on lab nodes: {@code sh -c COMMAND} inside the node (its network, pid and mount
 * namespaces), bounded to {@link #TIMEOUT_SECONDS}; the outcome is the exit code and the last line of
 * output. Programs and traffic flows run in the background from their start event until their stop
 * event (or the schedule's reset), at most {@link #ACTIVITY_SECONDS}: a UDP flow is {@code pb-probe send}
 * paced at the flow's rate into a {@code pb-probe sink}, a TCP flow iperf3 ({@link FlowCommands}).
 */
public final class LabCommandRunner implements LiveEventActions.CommandRunner {

    public static final long TIMEOUT_SECONDS = 300;
    /** The longest a program or flow runs without a stop event. */
    public static final long ACTIVITY_SECONDS = FlowCommands.ACTIVITY_SECONDS;

    private final Supplier<Lab> lab;
    /**
     * One thread per command and per output: a long command never holds up anything else. Platform threads with small
     * stacks, since each blocks on a pipe (a virtual thread doing that holds a carrier thread as long, see DelayNodeProcess).
     */
    private final java.util.concurrent.Executor threads = Executors.newThreadPerTaskExecutor(
            Thread.ofPlatform().daemon().stackSize(256 << 10).name("lab-command-", 0).factory());

    /** What runs for each started activity: every process it started, the sink first. */
    private final Map<Activity, List<Process>> running = new ConcurrentHashMap<>();

    public LabCommandRunner(Supplier<Lab> lab) {
        this.lab = lab;
    }

    @Override
    public CompletionStage<String> start(Activity activity) {
        Lab current = lab.get();
        if (current == null) {
            return CompletableFuture.failedFuture(new LabException("no lab is running: start it before the schedule starts " + activity.getName()));
        }
        if (this.running.containsKey(activity)) {
            return CompletableFuture.completedFuture(activity.getName() + " runs already");
        }
        try {
            List<Process> processes = new ArrayList<>();
            if (activity instanceof Program program) {
                processes.add(current.exec(program.getNode().getName(), List.of("timeout", Long.toString(ACTIVITY_SECONDS), "sh", "-c", program.getCommand())));
            } else if (activity instanceof TrafficFlow flow) {
                startFlow(current, flow, processes);
            } else {
                return CompletableFuture.failedFuture(new LabException(activity.getName() + " is neither a program nor a traffic flow"));
            }
            this.running.put(activity, processes);
            processes.forEach(p -> threads.execute(() -> drain(p)));
            return CompletableFuture.completedFuture("started " + activity.getName() + " on " + activity.getNode().getName());
        } catch (LabException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    private void startFlow(Lab running, TrafficFlow flow, List<Process> processes) throws LabException {
        FlowCommands.Ends ends;
        try {
            ends = FlowCommands.ends(flow);
        } catch (IllegalArgumentException e) {
            throw new LabException(e.getMessage());
        }
        if (flow.getProtocol() == TrafficProtocol.TCP) {
            processes.add(running.exec(flow.getDestination().getName(), FlowCommands.iperfServer(ends)));
            processes.add(running.exec(flow.getNode().getName(), FlowCommands.iperfClient(flow, ends, false)));
        } else {
            String probe = LabOptions.findNativeHelper("pb-probe").toString();
            String seconds = Long.toString(ACTIVITY_SECONDS);
            // pb-probe sizes are Ethernet frames with FCS: the UDP payload plus 46 bytes of headers
            int frame = Math.max(64, Math.min(1518, flow.getPacketSizeBytes() + 46));
            processes.add(running.exec(flow.getDestination().getName(), List.of(probe, "sink", Integer.toString(ends.port()), seconds)));
            processes.add(running.exec(flow.getNode().getName(), List.of(probe, "send", ends.address(), Integer.toString(ends.port()), "1000000",
                    Integer.toString(frame), Long.toString(FlowCommands.rateBps(flow)))));
        }
    }

    private static void drain(Process process) {
        try (var in = process.getInputStream()) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        } catch (java.io.IOException e) {
            // the process is gone; nothing more to read
        }
    }

    @Override
    public CompletionStage<String> stop(Activity activity) {
        List<Process> processes = running.remove(activity);
        if (processes == null) {
            return CompletableFuture.completedFuture(activity.getName() + " was not running");
        }
        // sender before sink, so the sink counts everything sent
        for (int i = processes.size() - 1; i >= 0; i--) {
            end(processes.get(i));
        }
        return CompletableFuture.completedFuture("stopped " + activity.getName());
    }

    @Override
    public void stopAll() {
        for (Activity activity : List.copyOf(running.keySet())) {
            stop(activity);
        }
    }

    /** A command runs under sh -c: end its children too. */
    private static void end(Process process) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
    }

    @Override
    public CompletionStage<String> run(String node, String command) {
        Lab running = lab.get();
        if (running == null) {
            return CompletableFuture.failedFuture(new LabException("no lab is running: start it before the schedule runs commands on " + node));
        }
        Process process;
        try {
            process = running.exec(node, List.of("sh", "-c", command));
        } catch (LabException e) {
            return CompletableFuture.failedFuture(e);
        }
        CompletableFuture<byte[]> output = CompletableFuture.supplyAsync(() -> {
            try {
                return process.getInputStream().readAllBytes();
            } catch (java.io.IOException e) {
                return new byte[0];
            }
        }, threads);
        return CompletableFuture.supplyAsync(() -> {
            try {
                if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    throw new IllegalStateException("still running after " + TIMEOUT_SECONDS + " s; stopped");
                }
                String text = new String(output.get(5, TimeUnit.SECONDS), StandardCharsets.UTF_8).strip();
                String last = text.isEmpty() ? "" : ": " + text.substring(text.lastIndexOf('\n') + 1);
                if (process.exitValue() != 0) {
                    throw new IllegalStateException("exit " + process.exitValue() + last);
                }
                return "exit 0" + last;
            } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                throw new IllegalStateException("its output could not be read: " + e.getMessage(), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                process.destroyForcibly();
                throw new IllegalStateException("interrupted", e);
            }
        }, threads);
    }
}
