package org.patchbay.agent.server;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.patchbay.agent.protocol.json.Json;
import org.patchbay.agent.protocol.wire.AgentEvent;
import org.patchbay.agent.protocol.wire.ProcessInfo;
import org.patchbay.agent.protocol.wire.WireFormat;

/**
 * One client's event stream: numbers its events and sends the process table whole the first time
 * and as changes after that. Written as server-sent events ({@code id:}, {@code event:}, {@code data:}).
 */
final class EventStream {

    private final String boot;
    private long seq;
    private Map<Integer, ProcessInfo> sent;

    EventStream(String boot) {
        this.boot = boot;
    }

    /** {@code skipped} samples were dropped for this client since its last event; its sequence numbers jump by as much. */
    String next(Snapshot snapshot, long skipped) {
        seq += 1 + skipped;
        boolean whole = sent == null;
        List<ProcessInfo> processes = new ArrayList<>();
        List<Integer> exited = new ArrayList<>();
        Map<Integer, ProcessInfo> now = new HashMap<>(snapshot.processes().size() * 2);
        for (ProcessInfo p : snapshot.processes()) {
            now.put(p.pid(), p);
            if (whole || !p.equals(sent.get(p.pid()))) {
                processes.add(p);
            }
        }
        if (!whole) {
            for (Integer pid : sent.keySet()) {
                if (!now.containsKey(pid)) {
                    exited.add(pid);
                }
            }
        }
        sent = now;
        AgentEvent event = new AgentEvent(seq, boot, snapshot.timeMillis(), snapshot.status(), snapshot.interfaces(), whole, processes, exited);
        return "id: " + seq + "\nevent: sample\ndata: " + Json.write(WireFormat.toJson(event)) + "\n\n";
    }
}
