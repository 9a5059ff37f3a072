package org.patchbay.lab.tests;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.patchbay.lab.LabListener;

/** What the lab told about its nodes, as the console's canvas hears it: each phase ("node: words") in order, and each node's failure. */
final class RecordingListener implements LabListener {

    final List<String> phases = new CopyOnWriteArrayList<>();
    final Map<String, String> failures = new ConcurrentHashMap<>();

    @Override
    public void agentExited(String node, int exitCode, boolean rebooting) {
    }

    @Override
    public void agentStarted(String node) {
    }

    @Override
    public void nodePhase(String node, Phase phase) {
        phases.add(node + ": " + phase.words);
    }

    @Override
    public void nodeFailed(String node, String reason) {
        failures.put(node, reason);
    }
}
