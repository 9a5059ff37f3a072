package org.patchbay.experiment.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.patchbay.experiment.PlannedRun;
import org.patchbay.experiment.ResultStore;
import org.patchbay.experiment.ResultTable;
import org.patchbay.experiment.RunRecord;
import org.patchbay.experiment.SweepException;
import org.patchbay.experiment.SweepListener;
import org.patchbay.experiment.SweepPlan;
import org.patchbay.experiment.SweepRunner;
import org.patchbay.model.MeasureKind;
import org.patchbay.model.ParameterKind;
import org.patchbay.model.WorkloadStep;

/** Sweeps made with real local processes standing in for nodes: rows, failures, time limits, cancel and resume. */
class SweepRunnerTest {

    @TempDir
    Path dir;

    private static final SweepListener QUIET = new SweepListener() {
    };

    @Test
    void twoByTwoWithTwoRepetitionsGivesEightRowsWithTheirParametersAndMeasures() throws Exception {
        Experiments e = new Experiments(2);
        e.experiment.setRepetitions(2);
        e.parameter("bw", ParameterKind.BANDWIDTH, "1Mb, 10Mb", e.link);
        e.parameter("size", ParameterKind.VARIABLE, "3, 5");
        WorkloadStep work = e.step("work", "echo \"$NODE made $(( ${size} * 10 + ${repetition} )) units at ${bw} run ${run}\"", 0, false, e.nodes.get(0));
        e.measure("units", MeasureKind.OUTPUT_PATTERN, work, "made (\\d+) units");
        e.measure("time", MeasureKind.WALL_TIME, work, null);
        LocalSweepTarget target = new LocalSweepTarget();
        try (ResultStore store = ResultStore.open(dir.resolve("r"))) {
            SweepRunner.Summary summary = new SweepRunner(target, store, () -> 1.5).run(SweepPlan.of(e.experiment), false, QUIET, () -> false);
            assertEquals(8, summary.ok(), "every run ends OK");
            ResultTable table = store.table(summary.sweepId());
            assertEquals(8, table.rows().size());
            for (ResultTable.Row row : table.rows()) {
                int size = Integer.parseInt(row.parameters().get("size"));
                assertEquals(size * 10 + row.repetition(), row.measures().get("units"), 1e-9, "the number the command printed, for " + row.parameters());
                assertTrue(row.measures().get("time") > 0 && row.measures().get("time") < 60, "a wall time: " + row.measures());
                assertEquals(1.5, row.loadAverage(), 1e-9, "the host's load average is recorded");
            }
            Map<String, Long> combinations = table.rows().stream().collect(Collectors.groupingBy(r -> r.parameters().toString(), Collectors.counting()));
            assertEquals(4, combinations.size(), "every combination: " + combinations.keySet());
            assertTrue(combinations.values().stream().allMatch(n -> n == 2), "each twice: " + combinations);
            // the link is shaped live to each run's bandwidth, and put back at the end
            assertEquals(8, target.shaped.size());
            for (int i = 0; i < 8; i++) {
                long expected = table.rows().get(i).parameters().get("bw").equals("1Mb") ? 1_000_000L : 10_000_000L;
                assertEquals(expected, target.shaped.get(i).shaping().bandwidthBps(), "run " + (i + 1) + " shaped as its parameter says");
            }
            assertEquals(1, target.cleared);
        }
    }

    @Test
    void failedAndTimedOutRunsAreRecordedAndTheSweepGoesOn() throws Exception {
        Experiments e = new Experiments(2);
        e.experiment.setRunTimeLimitSeconds(2);
        e.parameter("mode", ParameterKind.VARIABLE, "slow, broken, fine");
        Path pids = dir.resolve("pids");
        WorkloadStep work = e.step("work", "echo $$ >> " + pids + "; case ${mode} in slow) sleep 300;; broken) echo 'no route to host'; exit 3;; esac; echo value 7",
                0, false, e.nodes.get(0));
        e.measure("value", MeasureKind.OUTPUT_PATTERN, work, "value (\\d+)");
        try (ResultStore store = ResultStore.open(dir.resolve("r"))) {
            SweepRunner.Summary summary = new SweepRunner(new LocalSweepTarget(), store).run(SweepPlan.of(e.experiment), false, QUIET, () -> false);
            assertEquals(1, summary.ok());
            assertEquals(1, summary.failed());
            assertEquals(1, summary.timedOut());
            List<ResultTable.Row> rows = store.table(summary.sweepId()).rows();
            ResultTable.Row slow = rows.get(0);
            assertEquals(RunRecord.Status.TIMED_OUT, slow.status());
            assertTrue(slow.message().contains("time limit") && slow.message().contains("n0"), slow.message());
            assertTrue(slow.seconds() < 30, "the run was ended at its limit: " + slow.seconds());
            ResultTable.Row broken = rows.get(1);
            assertEquals(RunRecord.Status.FAILED, broken.status());
            assertTrue(broken.message().contains("exited 3") && broken.message().contains("no route to host"), broken.message());
            assertEquals(7, rows.get(2).measures().get("value"), 1e-9);
            assertEquals(List.of("work", "n0", "3"), outputOf(store, summary.sweepId(), 2));
            for (String pid : Files.readAllLines(pids)) {
                assertFalse(running(pid.strip()), "run process " + pid + " was ended");
            }
        }
    }

    /** Whether a process runs: a zombie waiting for its parent to reap it has ended (and has no environment left). */
    private static boolean running(String pid) {
        try {
            return Files.readAllBytes(Path.of("/proc", pid, "environ")).length > 0;
        } catch (java.io.IOException e) {
            return false;
        }
    }

    private static List<String> outputOf(ResultStore store, long sweep, int run) throws SweepException {
        RunRecord.CommandOutput output = store.outputs(sweep, run).get(0);
        return List.of(output.step(), output.node(), String.valueOf(output.exitCode()));
    }

    @Test
    void backgroundStepsAndWhatTheyLeftBehindEndWithTheRun() throws Exception {
        Experiments e = new Experiments(2);
        Path pids = dir.resolve("pids");
        // a server that daemonises (its own session, stdio closed) is still the run's: it carries the marker
        e.step("server", "setsid sh -c 'echo $$ >> " + pids + "; exec sleep 600' </dev/null >/dev/null 2>&1 & sleep 600", 0, true, e.nodes.get(1));
        WorkloadStep client = e.step("client", "sleep 0.5; echo done", 1, false, e.nodes.get(0));
        e.measure("time", MeasureKind.WALL_TIME, client, null);
        try (ResultStore store = ResultStore.open(dir.resolve("r"))) {
            SweepRunner.Summary summary = new SweepRunner(new LocalSweepTarget(), store).run(SweepPlan.of(e.experiment), false, QUIET, () -> false);
            assertEquals(1, summary.ok());
            double time = store.table(summary.sweepId()).rows().get(0).measures().get("time");
            assertTrue(time >= 0.5 && time < 60, "the client's own time: " + time);
        }
        String pid = Files.readString(pids).strip();
        assertFalse(running(pid), "the daemonised server " + pid + " was ended with its run");
    }

    @Test
    void aCancelledSweepResumesWhereItStoppedAndAnEditedOneStartsAfresh() throws Exception {
        Experiments e = new Experiments(2);
        e.parameter("x", ParameterKind.VARIABLE, "1, 2, 3, 4");
        WorkloadStep work = e.step("work", "echo x=${x}", 0, false, e.nodes.get(0));
        e.measure("x_out", MeasureKind.OUTPUT_PATTERN, work, "x=(\\d+)");
        try (ResultStore store = ResultStore.open(dir.resolve("r"))) {
            AtomicBoolean cancel = new AtomicBoolean();
            SweepListener cancelAfterTwo = new SweepListener() {
                @Override
                public void runRecorded(RunRecord record) {
                    if (record.index() == 2) {
                        cancel.set(true);
                    }
                }
            };
            SweepRunner runner = new SweepRunner(new LocalSweepTarget(), store);
            SweepRunner.Summary first = runner.run(SweepPlan.of(e.experiment), false, cancelAfterTwo, cancel::get);
            assertTrue(first.cancelled());
            assertEquals(2, first.recorded());
            List<Integer> started = new java.util.ArrayList<>();
            SweepRunner.Summary resumed = runner.run(SweepPlan.of(e.experiment), false, new SweepListener() {
                @Override
                public void runStarting(PlannedRun run, int done, int total, double estimate) {
                    started.add(run.index());
                }
            }, () -> false);
            assertEquals(first.sweepId(), resumed.sweepId(), "the same sweep goes on");
            assertEquals(2, resumed.alreadyRecorded());
            assertEquals(List.of(3, 4), started, "only the runs not recorded are made");
            assertEquals(List.of(1.0, 2.0, 3.0, 4.0), store.table(first.sweepId()).rows().stream().map(r -> r.measures().get("x_out")).toList());

            e.experiment.getParameters().get(0).setValues("1, 2");
            SweepRunner.Summary edited = runner.run(SweepPlan.of(e.experiment), false, QUIET, () -> false);
            assertNotEquals(first.sweepId(), edited.sweepId(), "an edited definition is a new sweep");
            assertEquals(4, store.table(first.sweepId()).rows().size(), "the old results stay as they were");
            assertEquals(2, store.table(edited.sweepId()).rows().size());
            assertEquals(2, store.sweeps("e").size());
        }
    }

    @Test
    void activeNodesCpuTimeAndSubstitution() throws Exception {
        Experiments e = new Experiments(4);
        e.parameter("nodes", ParameterKind.ACTIVE_NODES, "1, 3");
        WorkloadStep work = e.step("part", "i=0; while [ $i -lt 30000 ]; do i=$((i+1)); done; echo \"part ${index} of ${count} on ${node} to ${address:n1}: 1\"",
                0, false, e.nodes.toArray(new org.patchbay.model.Node[0]));
        e.measure("parts", MeasureKind.OUTPUT_PATTERN, work, "of \\d+ on n\\d to 10\\.0\\.0\\.2: (1)");
        e.measure("cpu", MeasureKind.CPU_TIME, work, null);
        try (ResultStore store = ResultStore.open(dir.resolve("r"))) {
            SweepRunner.Summary summary = new SweepRunner(new LocalSweepTarget(), store).run(SweepPlan.of(e.experiment), false, QUIET, () -> false);
            List<ResultTable.Row> rows = store.table(summary.sweepId()).rows();
            assertEquals(1, rows.get(0).measures().get("parts"), 1e-9, "one node takes part: " + rows.get(0));
            assertEquals(3, rows.get(1).measures().get("parts"), 1e-9, "three nodes take part, each its own part: " + rows.get(1));
            assertTrue(rows.get(0).measures().get("cpu") > 0, "the busy loop's CPU time is counted: " + rows.get(0).measures());
            assertTrue(rows.get(1).measures().get("cpu") > rows.get(0).measures().get("cpu"), "three parts use more CPU than one: " + rows);
        }
    }

    @Test
    void agentSamplesAreAveragedOverTheRunAndTheStepsNodes() throws Exception {
        Experiments e = new Experiments(3);
        WorkloadStep work = e.step("work", "sleep 0.3", 0, false, e.nodes.get(0), e.nodes.get(1), e.nodes.get(2));
        org.patchbay.model.Measure cpu = e.measure("cpu", MeasureKind.AGENT_SAMPLE, work, null);
        cpu.setSample(org.patchbay.model.AgentSample.CPU);
        LocalSweepTarget target = new LocalSweepTarget();
        target.samples.put("n0/cpu", 20.0);
        target.samples.put("n1/cpu", 40.0);
        // n2's agent sampled nothing in the window: it does not count
        long before = System.currentTimeMillis();
        try (ResultStore store = ResultStore.open(dir.resolve("r"))) {
            SweepRunner.Summary summary = new SweepRunner(target, store).run(SweepPlan.of(e.experiment), false, QUIET, () -> false);
            ResultTable table = store.table(summary.sweepId());
            assertEquals(30, table.rows().get(0).measures().get("cpu"), 1e-9, "the mean of the nodes that have samples");
            assertEquals("cpu (%)", table.measures().get(0).heading());
        }
        long[] window = target.sampleWindows.get(0);
        assertTrue(window[0] >= before && window[1] - window[0] >= 300, "the window spans the run: " + java.util.Arrays.toString(window));
    }

    @Test
    void aRefusedShapingFailsItsRunsOnly() throws Exception {
        Experiments e = new Experiments(2);
        e.parameter("bw", ParameterKind.BANDWIDTH, "1Mb, 2Mb", e.link);
        WorkloadStep work = e.step("work", "echo 1", 0, false, e.nodes.get(0));
        e.measure("time", MeasureKind.WALL_TIME, work, null);
        LocalSweepTarget target = new LocalSweepTarget();
        target.refusedBandwidth = 2_000_000L;
        try (ResultStore store = ResultStore.open(dir.resolve("r"))) {
            SweepRunner.Summary summary = new SweepRunner(target, store).run(SweepPlan.of(e.experiment), false, QUIET, () -> false);
            List<ResultTable.Row> rows = store.table(summary.sweepId()).rows();
            assertEquals(RunRecord.Status.OK, rows.get(0).status());
            assertEquals(RunRecord.Status.FAILED, rows.get(1).status());
            assertTrue(rows.get(1).message().contains("refused"), rows.get(1).message());
        }
    }

    @Test
    void randomOrderIsShuffledTheSameWayEachTime() throws Exception {
        Experiments e = new Experiments(2);
        e.experiment.setRandomOrder(true);
        e.experiment.setRepetitions(3);
        e.parameter("x", ParameterKind.VARIABLE, "1, 2, 3, 4, 5");
        WorkloadStep work = e.step("work", "true", 0, false, e.nodes.get(0));
        e.measure("time", MeasureKind.WALL_TIME, work, null);
        SweepPlan one = SweepPlan.of(e.experiment);
        SweepPlan two = SweepPlan.of(e.experiment);
        assertEquals(one.runs(), two.runs(), "a resumed sweep finds the same order");
        List<String> order = one.runs().stream().map(r -> r.parameters().get("x")).toList();
        assertEquals(15, order.size());
        assertNotEquals(List.of("1", "1", "1", "2", "2", "2", "3", "3", "3", "4", "4", "4", "5", "5", "5"), order, "shuffled");
        assertEquals(5, one.runs().stream().map(PlannedRun::combination).distinct().count());
    }

    @Test
    void anExperimentThatCannotRunIsRefusedWithEveryReason() {
        Experiments e = new Experiments(2);
        e.parameter("bw", ParameterKind.BANDWIDTH, "1Mb, fast");
        e.parameter("n", ParameterKind.ACTIVE_NODES, "0, 2");
        e.step("work", "iperf3 -c ${server} -t ${seconds}", 0, false);
        e.measure("rate", MeasureKind.OUTPUT_PATTERN, e.experiment.getSteps().get(0), "([0-9.]+ Mbits");
        SweepException refused = assertThrows(SweepException.class, () -> SweepPlan.of(e.experiment));
        String message = refused.getMessage();
        for (String expected : List.of("parameter bw shapes no link", "fast", "0 is not a number of nodes", "step work runs on no node", "${server}",
                "not a regular expression")) {
            assertTrue(message.contains(expected), "names '" + expected + "': " + message);
        }
    }
}
