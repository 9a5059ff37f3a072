package org.patchbay.experiment;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.patchbay.core.session.NodeShell;
import org.patchbay.core.session.Testbed;
import org.patchbay.core.session.TestbedSession;
import org.patchbay.core.shaping.RuntimeShaping;
import org.patchbay.core.shaping.ShapingFollower;
import org.patchbay.model.ShapedElement;

/**
 * A sweep on the testbed a session runs: commands through its node shell, links shaped through the
 * session's shaping follower (runtime values, never the file; on {@code modelThread}, which owns the
 * model), a run's processes ended by their marker. The lab's nodes are processes of this host, so the
 * marker is found in this host's process table.
 */
public final class TestbedSweepTarget implements SweepTarget {

    private final TestbedSession session;
    private final Executor modelThread;

    public TestbedSweepTarget(TestbedSession session, Executor modelThread) {
        this.session = session;
        this.modelThread = modelThread;
    }

    private Testbed testbed() throws SweepException {
        Testbed testbed = session.testbed();
        if (testbed == null) {
            throw new SweepException("Nothing runs this topology: start the lab (Lab > Start) before the sweep");
        }
        return testbed;
    }

    @Override
    public String description() {
        Testbed testbed = session.testbed();
        return testbed == null ? "no testbed" : testbed.description();
    }

    @Override
    public Process start(String node, List<String> command, String runMarker) throws SweepException {
        Testbed testbed = testbed();
        NodeShell shell = testbed.shell().orElseThrow(() -> new SweepException(testbed.description()
                + " cannot start programs with their output on its nodes; sweeps run on the local lab"));
        try {
            return shell.start(node, MarkedProcesses.command(runMarker, command));
        } catch (Testbed.TestbedException e) {
            throw new SweepException("Cannot start a command on " + node + ": " + e.getMessage(), e);
        }
    }

    private ShapingFollower follower() throws SweepException {
        testbed();
        return session.shaping().orElseThrow(() -> new SweepException(
                "The running lab does not shape its links (it runs without root, or as loopback processes); run the console or patchbay-cli as root to sweep bandwidth, delay or loss"));
    }

    @Override
    public void shape(ShapedElement link, RuntimeShaping shaping, Duration limit) throws SweepException {
        ShapingFollower follower = follower();
        await(CompletableFuture.supplyAsync(() -> follower.setRuntime(link, shaping), modelThread).thenCompose(f -> f), limit,
                "shaping " + link.getName());
        var problem = follower.problem(link.getName());
        if (problem.isPresent()) {
            throw new SweepException("Shaping " + link.getName() + " did not take: " + problem.get());
        }
    }

    @Override
    public void clearShaping(Duration limit) throws SweepException {
        ShapingFollower follower = follower();
        await(CompletableFuture.supplyAsync(follower::clearRuntime, modelThread).thenCompose(f -> f), limit, "restoring the topology's shaping");
    }

    private static void await(CompletableFuture<?> done, Duration limit, String what) throws SweepException {
        try {
            done.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new SweepException(what + " took over " + limit.toSeconds() + " s", e);
        } catch (ExecutionException e) {
            throw new SweepException(what + " failed: " + e.getCause().getMessage(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SweepException(what + " was interrupted", e);
        }
    }

    @Override
    public java.util.OptionalDouble sampleMean(String node, org.patchbay.model.AgentSample sample, long fromMillis, long toMillis) {
        org.patchbay.core.live.LiveHistory history = session.live().history(node);
        if (history == null) {
            return java.util.OptionalDouble.empty();
        }
        Object[] points = (sample == org.patchbay.model.AgentSample.MEMORY ? history.memory() : history.cpu()).copy();
        long[] times = (long[]) points[0];
        double[] values = (double[]) points[1];
        double sum = 0;
        int n = 0;
        for (int i = 0; i < times.length; i++) {
            if (times[i] >= fromMillis && times[i] <= toMillis) {
                sum += values[i];
                n++;
            }
        }
        return n == 0 ? java.util.OptionalDouble.empty() : java.util.OptionalDouble.of(sum / n);
    }

    @Override
    public int endRun(String runMarker) {
        return MarkedProcesses.end(runMarker);
    }
}
