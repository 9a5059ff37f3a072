package org.patchbay.lab.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.patchbay.agent.protocol.wire.JobWire.JobInfo;
import org.patchbay.core.jobs.ClusterJob;
import org.patchbay.core.jobs.JobCpu;
import org.patchbay.lab.Lab;
import org.patchbay.lab.LabListener;
import org.patchbay.lab.LabOptions;
import org.patchbay.lab.LabProgress;
import org.patchbay.model.templates.TopologyTemplates;

/**
 * A lab whose nodes each get a quarter of a core: the agents report that capacity, a job that spins
 * gets no more than its node's quota (the node is a slow machine, not the host), and the lab's
 * cgroups go when it stops.
 */
class LabCpuQuotaTest {

    @Test
    void eachNodeIsASlowMachineOfItsQuotaAndTheGroupsGoWithTheLab() throws Exception {
        assertTrue(Lab.isRoot(), "the namespace lab tests run as root (CI does); run them with sudo");
        Path dir = Files.createTempDirectory("patchbay-quota-test");
        LabOptions options = LabFixture.options(dir, false).withNodeCpuCores(0.25);
        Path groups;
        try (LabFixture fixture = new LabFixture(TopologyTemplates.star(2), options, LabListener.NONE, LabProgress.NONE, dir)) {
            fixture.awaitAllUp(120_000);
            LabFixture.await("node0 to report its quota", 30_000, () -> fixture.live.node("node0").status() != null
                    && Math.abs(fixture.live.node("node0").status().cpuCapacity() - 0.25) < 1e-6);
            JobInfo spin = fixture.client.startJob("node0", fixture.lab.endpoints().get("node0"), List.of("sh", "-c", "while :; do :; done"))
                    .get(60, TimeUnit.SECONDS);
            // what the node starts is under its quota (the agent serving it runs outside the node, as a BMC does)
            groups = cgroupOf(spin.pid());
            assertTrue(groups.toString().contains("patchbay-" + fixture.lab.id()), "node0's job is in the lab's cgroup: " + groups);
            ClusterJob job = new ClusterJob(spin.id(), "node0", "node0", spin.state(), spin.pid(), 0, false, spin.command(), "", true);
            Thread.sleep(4000);
            double cores = JobCpu.cores(fixture.live, job);
            System.out.printf("a spinning job on a node with a 0.25-core quota uses %.2f cores%n", cores);
            assertTrue(cores > 0.05 && cores <= 0.32, "the job gets its node's quarter core, not the host's cores: " + cores);
            fixture.client.jobAction("node0", fixture.lab.endpoints().get("node0"), spin.id(), "kill").get(60, TimeUnit.SECONDS);
        }
        assertFalse(Files.exists(groups), "the lab's cgroup is removed with it: " + groups);
    }

    /** The cpu cgroup folder of a process (v2 unified or v1 cpu hierarchy). */
    private static Path cgroupOf(long pid) throws Exception {
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "cgroup"))) {
            String[] f = line.split(":", 3);
            if (f[0].equals("0") && f[1].isEmpty() && Files.isRegularFile(Path.of("/sys/fs/cgroup/cgroup.controllers"))) {
                return Path.of("/sys/fs/cgroup", f[2]);
            }
            if (List.of(f[1].split(",")).contains("cpu")) {
                return Path.of("/sys/fs/cgroup/cpu", f[2]);
            }
        }
        throw new AssertionError("process " + pid + " is in no cpu cgroup");
    }
}
