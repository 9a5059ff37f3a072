package org.patchbay.agent.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.patchbay.agent.jobs.JobTable;
import org.patchbay.agent.protocol.wire.JobWire.JobInfo;
import org.patchbay.agent.protocol.wire.JobWire.JobState;

/**
 * Jobs outlive a restart of their agent: the next agent on the node finds the one still running (the
 * same process, not one that reused its pid), follows it to its end, and remembers one that ended
 * meanwhile as ended. Needs root (a job gets a pid namespace of its own), which CI has.
 */
class AgentJobsTest {

    @TempDir
    Path dir;

    @Test
    void aRestartedAgentKnowsItsRunningJobAgainAndSeesItEnd() throws Exception {
        assertTrue("root".equals(System.getProperty("user.name")), "jobs get pid namespaces of their own only as root; run these tests as root (CI does)");
        Path jobs = dir.resolve("jobs");
        JobTable before = new JobTable("node-a", jobs, Path.of("/proc"), System::currentTimeMillis);
        JobInfo running = before.start(List.of("sleep", "600"));
        JobInfo quick = before.start(List.of("sh", "-c", "echo done"));
        AgentFixture.await("the short job to end", 30_000, () -> before.find(quick.id()).orElseThrow().state() == JobState.EXITED);

        JobTable after = new JobTable("node-a", jobs, Path.of("/proc"), System::currentTimeMillis);
        JobInfo again = after.find(running.id()).orElseThrow(() -> new AssertionError("the restarted agent forgot the running job"));
        assertEquals(JobState.RUNNING, again.state());
        assertEquals(running.pid(), again.pid(), "the same process");
        assertEquals(JobState.EXITED, after.find(quick.id()).orElseThrow().state());
        assertEquals(0, after.find(quick.id()).orElseThrow().exitCode(), "the ended job's exit code was recorded");
        assertEquals("done\n", new String(after.output(quick.id(), 0)), "its output is still there at home");

        after.kill(running.id());
        AgentFixture.await("the restarted agent to see the job end", 30_000, () -> after.find(running.id()).orElseThrow().state() == JobState.EXITED);
        JobTable third = new JobTable("node-a", jobs, Path.of("/proc"), System::currentTimeMillis);
        assertEquals(JobState.EXITED, third.find(running.id()).orElseThrow().state(), "and remembers it as ended");
    }

    @Test
    void aRecordWhoseProcessIsGoneIsAnEndedJob() throws Exception {
        Path job = Files.createDirectories(dir.resolve("jobs").resolve("j0123456789"));
        Files.writeString(job.resolve("output"), "");
        // pid 2 exists on every Linux host (kthreadd), but not with this start time: a reused pid is not the job
        Files.writeString(job.resolve("job.json"), "{\"id\":\"j0123456789\",\"home\":\"node-a\",\"command\":[\"sleep\",\"9\"],\"output\":\""
                + job.resolve("output") + "\",\"started\":1,\"state\":\"running\",\"pid\":2,\"pidStarted\":123456789,\"locked\":false,\"exitCode\":-1}");
        JobTable table = new JobTable("node-a", dir.resolve("jobs"), Path.of("/proc"), System::currentTimeMillis);
        JobInfo found = table.find("j0123456789").orElseThrow();
        assertEquals(JobState.EXITED, found.state());
        assertTrue(found.note().contains("ended while the agent was not running"), found.note());
    }
}
