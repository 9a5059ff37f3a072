package org.patchbay.lab;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.patchbay.agent.client.AgentClient;
import org.patchbay.agent.protocol.json.Json;
import org.patchbay.agent.protocol.json.JsonFields;
import org.patchbay.agent.protocol.tls.TlsIdentity;
import org.patchbay.core.jobs.JobCommandLine;

/**
 * {@code patchbay-lab run | jobs | migrate | output}: finds the running lab and a client for its
 * agents (the lab's client certificate); {@link JobCommandLine} does the rest.
 */
final class LabJobCommands {

    private final AgentClient client;
    private final JobCommandLine commands;

    private LabJobCommands(Map<String, URI> endpoints, AgentClient client) {
        this.client = client;
        this.commands = new JobCommandLine(endpoints, client, System.out, System.err);
    }

    JobCommandLine commands() {
        return commands;
    }

    /** The running lab with id {@code id} (or the only one) and a client for its agents. */
    static LabJobCommands open(Path stateBase, String id) throws Exception {
        java.util.List<LabRegistry.Entry> running = new java.util.ArrayList<>();
        for (LabRegistry.Entry entry : LabRegistry.forThisUser(stateBase).entries()) {
            if (entry.ownerAlive() && (id == null || entry.id().equals(id)) && Files.exists(entry.stateDir().resolve("lab.json"))) {
                running.add(entry);
            }
        }
        if (running.size() != 1) {
            throw new LabException(running.isEmpty() ? "no running lab" + (id == null ? "" : " with id " + id) + "; start one with patchbay-lab start"
                    : running.size() + " labs run; name one with --lab ID ('patchbay-lab list' shows them)");
        }
        Path dir = running.get(0).stateDir();
        JsonFields state = JsonFields.of(Json.parse(Files.readString(dir.resolve("lab.json"))), "lab");
        Map<String, URI> endpoints = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : state.object("endpoints").map().entrySet()) {
            endpoints.put(e.getKey(), URI.create(String.valueOf(e.getValue())));
        }
        Path ca;
        try (var nodes = Files.list(dir.resolve("nodes"))) {
            ca = nodes.map(n -> n.resolve("ca.pem")).filter(Files::exists).findFirst()
                    .orElseThrow(() -> new LabException("the lab in " + dir + " has no node certificates yet"));
        }
        Path clientDir = dir.resolve("client");
        AgentClient client = new AgentClient(TlsIdentity.load(TlsIdentity.certificateFile(clientDir, "client"), TlsIdentity.keyFile(clientDir, "client")),
                TlsIdentity.readCertificates(ca).get(0));
        return new LabJobCommands(endpoints, client);
    }

    void close() {
        client.close();
    }
}
