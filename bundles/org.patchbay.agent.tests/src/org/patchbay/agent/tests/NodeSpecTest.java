package org.patchbay.agent.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.patchbay.agent.jobs.JobMigrations;
import org.patchbay.agent.protocol.json.JsonException;
import org.patchbay.agent.protocol.json.JsonFields;
import org.patchbay.agent.runtime.NodeSpec;

/** What the lab's runtime is told about a node, and where that node's jobs then run. */
class NodeSpecTest {

    @Test
    void aNodeOnTheHostsRootRunsJobsInItsNetworkNamespaceOnly() throws Exception {
        NodeSpec spec = NodeSpec.fromJson(JsonFields.of(spec(Map.of()), "open"));
        assertEquals(List.of("nsenter", "--net=/run/netns/pb-1-node0", "--"), spec.jobPrefix());
        assertEquals(List.of(), spec.jobRoot());
        assertEquals(JobMigrations.JobRoot.HOST, spec.migrationRoot(), "its jobs move between nodes on the machine's root");
    }

    @Test
    void aNodeRunningFromItsDiskRunsJobsInsideTheDisksRootInItsInitsMountNamespace() throws Exception {
        NodeSpec spec = NodeSpec.fromJson(JsonFields.of(spec(Map.of("diskInitPid", 4242, "diskRoot", "/var/lib/patchbay/roots/node0")), "open"));
        assertEquals(List.of("nsenter", "--target", "4242", "--mount", "--net", "--"), spec.jobPrefix());
        assertEquals(List.of("chroot", "/var/lib/patchbay/roots/node0"), spec.jobRoot());
        assertEquals(List.of("nsenter", "--net=/run/netns/pb-1-node0", "--"), spec.commandPrefix(), "shaping stays on the host's tools");
        assertEquals(new JobMigrations.JobRoot(Path.of("/var/lib/patchbay/roots/node0"), Path.of("/proc/4242/root")), spec.migrationRoot(),
                "a moving job is restored at the disk's root, its files read through the init's view");
    }

    @Test
    void aDiskRootThatIsNotAnAbsolutePathOrLacksItsInitIsRefusedByName() {
        JsonException relative = assertThrows(JsonException.class,
                () -> NodeSpec.fromJson(JsonFields.of(spec(Map.of("diskInitPid", 4242, "diskRoot", "roots/node0")), "open")));
        assertTrue(relative.getMessage().contains("diskRoot"), relative.getMessage());
        JsonException noInit = assertThrows(JsonException.class,
                () -> NodeSpec.fromJson(JsonFields.of(spec(Map.of("diskRoot", "/var/lib/patchbay/roots/node0")), "open")));
        assertTrue(noInit.getMessage().contains("diskInitPid"), noInit.getMessage());
    }

    private static Map<String, Object> spec(Map<String, Object> extra) {
        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put("node", "node0");
        spec.put("namespace", "pb-1-node0");
        spec.put("tlsDir", "/tmp/pb/node0");
        spec.put("stateDir", "/tmp/pb/node0/state");
        spec.put("log", "/tmp/pb/node0/agent.log");
        spec.putAll(extra);
        return spec;
    }
}
