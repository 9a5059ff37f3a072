package org.patchbay.lab;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import org.patchbay.agent.protocol.json.Json;
import org.patchbay.agent.protocol.json.JsonFields;
import org.patchbay.core.session.TestbedSession;
import org.patchbay.model.Cluster;
import org.patchbay.model.persistence.ClusterFiles;
import org.patchbay.model.templates.TopologyTemplates;

/**
 * The lab from a shell, for scripts and tests: {@code start} runs a topology until interrupted
 * (Ctrl-C or SIGTERM stops it cleanly, even during the start), {@code stop} stops the labs of this
 * state folder ({@code stop ID} one lab, {@code stop --all} every lab on the machine) and removes what
 * killed consoles left behind, {@code list} shows running labs, {@code exec NODE -- CMD} runs a command
 * inside a node.
 */
public final class LabMain {

    private LabMain() {
    }

    public static void main(String[] args) throws Exception {
        List<String> rest = new ArrayList<>(List.of(args));
        if (rest.isEmpty()) {
            usage("a command is required");
        }
        String command = rest.remove(0);
        Path stateBase = Path.of(option(rest, "--state-base", LabOptions.defaultStateBase().toString()));
        switch (command) {
            case "start" -> start(rest, stateBase);
            case "stop" -> stop(rest, stateBase);
            case "list" -> list(stateBase);
            case "exec" -> System.exit(exec(rest, stateBase));
            case "run", "jobs", "migrate", "output" -> System.exit(jobs(command, rest, stateBase));
            default -> usage("unknown command '" + command + "'");
        }
    }

    private static void start(List<String> rest, Path stateBase) throws Exception {
        String template = option(rest, "--template", null);
        String file = option(rest, "--file", null);
        Path caDir = Path.of(option(rest, "--ca-dir", stateBase.resolve("ca").toString()));
        String jar = option(rest, "--agent-jar", null);
        boolean loopback = rest.remove("--loopback");
        if (!rest.isEmpty()) {
            usage("unexpected " + rest);
        }
        Cluster cluster;
        if (file != null) {
            cluster = ClusterFiles.load(Path.of(file));
        } else {
            String id = template == null ? "dumbbell" : template;
            cluster = TopologyTemplates.create(id).orElseThrow(() -> new LabException("no template '" + id + "'; try "
                    + String.join(", ", TopologyTemplates.all().stream().map(TopologyTemplates.Template::id).toList()) + ", cluster:N or random:N"));
        }
        LabOptions options = new LabOptions(stateBase, caDir, jar == null ? LabOptions.findAgentJar() : Path.of(jar), LabOptions.currentJava(),
                LabOptions.AGENT_JVM_OPTIONS, loopback);
        if (!Lab.isRoot() && !loopback) {
            System.err.println("patchbay-lab: not root, so no network namespaces: running the degraded mode (agents on loopback, links not real).");
            System.err.println("patchbay-lab: run as root (sudo) for a real lab.");
        }
        // SIGTERM or Ctrl-C at any moment, even during the start, removes everything made so far
        AtomicBoolean shuttingDown = new AtomicBoolean();
        AtomicReference<Lab> running = new AtomicReference<>();
        AtomicReference<TestbedSession> sessionRef = new AtomicReference<>();
        long startedMillis = System.currentTimeMillis();
        CountDownLatch startEnded = new CountDownLatch(1);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            shuttingDown.set(true);
            try {
                startEnded.await(120, java.util.concurrent.TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            TestbedSession session = sessionRef.get();
            Lab lab = running.get();
            if (session != null) {
                session.close();
            }
            if (lab != null) {
                lab.stop(LabProgress.NONE);
            }
            stopped.countDown();
        }));
        Lab lab;
        try {
            lab = Lab.start(cluster, options, new LabListener() {
                @Override
                public void agentExited(String node, int exitCode, boolean rebooting) {
                    System.out.println(node + ": agent exited (" + exitCode + ")" + (rebooting ? ", rebooting" : ""));
                }

                @Override
                public void agentStarted(String node) {
                    System.out.println(node + ": agent started");
                }

                @Override
                public void nodeFailed(String node, String reason) {
                    System.out.println(node + ": FAILED: " + reason);
                }
            }, new LabProgress() {
                private int lastShown = -1;

                @Override
                public void step(String what, int done, int total) {
                    int percent = total == 0 ? 100 : done * 100 / total;
                    if (percent / 10 != lastShown / 10) {
                        lastShown = percent;
                        System.out.println("  " + what + " (" + done + " of " + total + ")");
                    }
                }

                @Override
                public boolean cancelled() {
                    return shuttingDown.get();
                }
            });
            running.set(lab);
        } finally {
            startEnded.countDown();
        }
        if (!lab.failedNodes().isEmpty()) {
            System.out.println(lab.failedNodes().size() + " of " + lab.plan().nodes().size() + " nodes failed; the others run");
        }
        // the console's own session follows the agents, so "up" means what it means in the console: an agent that answers
        TestbedSession session = new TestbedSession(caDir);
        sessionRef.set(session);
        // agents only: a VM node has none (its console says how it is)
        reportNodesUp(session, (int) lab.endpoints().keySet().stream().filter(n -> !lab.failedNodes().containsKey(n)).count(), startedMillis);
        session.attach(new LabTestbed(lab));
        System.out.println("lab " + lab.id() + " running (" + lab.mode().description + ")");
        lab.endpoints().forEach((node, uri) -> System.out.println("  " + node + "  " + uri));
        lab.vmNodes().forEach(node -> System.out.println("  " + node + "  qemu VM (" + lab.vmAccelerator().toUpperCase() + "), serial console " + lab.vmConsole(node)));
        Path client = lab.directory().resolve("client");
        if (!lab.endpoints().isEmpty()) {
            System.out.println("try: curl --cacert " + client.resolve("ca.pem") + " --cert " + client.resolve("client.pem") + " --key "
                    + client.resolve("client-key.pem") + " " + lab.endpoints().values().iterator().next().resolve("/v1/status"));
        }
        System.out.println("state: " + lab.directory() + "; stop with Ctrl-C, SIGTERM or 'stop'");
        System.out.flush();
        stopped.await();
    }

    /**
     * {@code stop ID} stops that lab, {@code stop} the labs started from this state folder,
     * {@code stop --all} every lab on the machine; then removes labs whose owner is gone.
     */
    private static void stop(List<String> rest, Path stateBase) throws Exception {
        boolean all = rest.remove("--all");
        String id = rest.isEmpty() ? null : rest.remove(0);
        if (!rest.isEmpty()) {
            usage("unexpected " + rest);
        }
        LabRegistry registry = LabRegistry.forThisUser(stateBase);
        List<LabRegistry.Entry> chosen = new ArrayList<>();
        for (LabRegistry.Entry entry : registry.entries()) {
            boolean fromHere = entry.stateDir().toAbsolutePath().getParent().equals(stateBase.toAbsolutePath());
            if (all || (id != null ? entry.id().equals(id) : fromHere)) {
                chosen.add(entry);
            }
        }
        if (id != null && chosen.isEmpty()) {
            System.err.println("patchbay-lab: no lab " + id + " on this machine; 'patchbay-lab list' shows them");
            System.exit(1);
        }
        int signalled = 0;
        for (LabRegistry.Entry entry : chosen) {
            if (entry.ownerAlive() && entry.ownerPid() != ProcessHandle.current().pid()) {
                ProcessHandle owner = ProcessHandle.of(entry.ownerPid()).orElse(null);
                if (owner != null && owner.destroy()) {
                    signalled++;
                    owner.onExit().orTimeout(60, java.util.concurrent.TimeUnit.SECONDS).exceptionally(t -> null).join();
                }
            }
        }
        int removed = Lab.cleanUpLeftovers(stateBase);
        System.out.println("stopped " + signalled + " running lab(s), removed " + removed + " left behind");
    }

    /** {@code exec [--lab ID] NODE -- COMMAND…}: runs a command inside a node (its network and mount namespaces); exits with its code. */
    private static int exec(List<String> rest, Path stateBase) throws Exception {
        String id = option(rest, "--lab", null);
        int dashes = rest.indexOf("--");
        if (dashes != 1 || rest.size() < 3) {
            usage("exec needs NODE -- COMMAND, e.g. patchbay-lab exec right0 -- iperf3 -s");
        }
        String node = rest.get(0);
        List<String> command = rest.subList(2, rest.size());
        LabRegistry registry = LabRegistry.forThisUser(stateBase);
        List<LabRegistry.Entry> candidates = new ArrayList<>();
        for (LabRegistry.Entry entry : registry.entries()) {
            if (entry.ownerAlive() && (id == null || entry.id().equals(id)) && Files.exists(entry.stateDir().resolve("lab.json"))) {
                JsonFields nodes = JsonFields.of(Json.parse(Files.readString(entry.stateDir().resolve("lab.json"))), "lab").object("nodeNamespaces");
                if (nodes.has(node)) {
                    candidates.add(entry);
                }
            }
        }
        if (candidates.size() != 1) {
            System.err.println("patchbay-lab: " + (candidates.isEmpty() ? "no running lab has a node " + node
                    : candidates.size() + " running labs have a node " + node + "; name one with --lab ID") + " ('patchbay-lab list' shows them)");
            return 1;
        }
        JsonFields state = JsonFields.of(Json.parse(Files.readString(candidates.get(0).stateDir().resolve("lab.json"))), "lab");
        List<String> full = new ArrayList<>();
        JsonFields roots = state.has("diskRoots") ? state.object("diskRoots") : null;
        List<?> root = roots != null && roots.has(node) ? roots.list(node) : List.of();
        if (root.size() == 2 && ProcessHandle.of(((Number) root.get(0)).longValue()).isPresent()) {
            // the node runs from its disk: the command sees the disk's files as its root, as the lab's own commands do
            full.addAll(List.of("nsenter", "--target", String.valueOf(((Number) root.get(0)).longValue()), "--mount", "--net", "--", "chroot",
                    (String) root.get(1)));
        } else if ("NAMESPACES".equals(state.string("mode", ""))) {
            full.addAll(List.of("ip", "netns", "exec", state.object("nodeNamespaces").string(node)));
        }
        full.addAll(command);
        return new ProcessBuilder(full).inheritIO().start().waitFor();
    }

    /** {@code run NODE -- COMMAND…}, {@code jobs}, {@code migrate JOB NODE [--mode M]}, {@code output JOB}, each with an optional {@code --lab ID}. */
    private static int jobs(String command, List<String> rest, Path stateBase) throws Exception {
        String id = option(rest, "--lab", null);
        switch (command) {
            case "run" -> {
                if (rest.indexOf("--") != 1 || rest.size() < 3) {
                    usage("run needs NODE -- COMMAND, e.g. patchbay-lab run om01 -- sh -c 'while :; do :; done'");
                }
            }
            case "migrate" -> {
                boolean modeGiven = rest.size() == 4 && rest.get(2).equals("--mode") && List.of("auto", "stop-and-copy", "post-copy").contains(rest.get(3));
                if (rest.size() != 2 && !modeGiven) {
                    usage("migrate needs JOB NODE [--mode auto|stop-and-copy|post-copy], e.g. patchbay-lab migrate j1a2b3c4d5 om02");
                }
            }
            case "output" -> {
                if (rest.size() != 1) {
                    usage("output needs JOB");
                }
            }
            default -> {
                if (!rest.isEmpty()) {
                    usage("jobs takes no arguments but --lab ID");
                }
            }
        }
        LabJobCommands jobs;
        try {
            jobs = LabJobCommands.open(stateBase, id);
        } catch (LabException e) {
            System.err.println("patchbay-lab: " + e.getMessage());
            return 1;
        }
        try {
            return switch (command) {
                case "run" -> jobs.commands().run(rest.get(0), List.copyOf(rest.subList(2, rest.size())));
                case "migrate" -> jobs.commands().migrate(rest.get(0), rest.get(1), rest.size() == 4 ? rest.get(3) : "auto");
                case "output" -> jobs.commands().output(rest.get(0));
                default -> jobs.commands().jobs();
            };
        } catch (Exception e) {
            System.err.println("patchbay-lab: " + e.getMessage());
            return 1;
        } finally {
            jobs.close();
        }
    }

    /** Prints "k of N nodes up" as agents answer, with an estimate of the rest from the rate so far. */
    private static void reportNodesUp(TestbedSession session, int expected, long startedMillis) {
        java.util.Set<String> up = java.util.concurrent.ConcurrentHashMap.newKeySet();
        session.live().addListener(node -> {
            var state = session.live().node(node);
            if (state != null && state.up() && up.add(node)) {
                int count = up.size();
                if (count == expected || count % Math.max(1, expected / 10) == 0) {
                    long elapsed = System.currentTimeMillis() - startedMillis;
                    long left = count >= expected ? 0 : elapsed * (expected - count) / count / 1000;
                    System.out.println(count + " of " + expected + " nodes up after " + elapsed / 1000 + " s" + (left > 0 ? ", about " + left + " s left" : ""));
                }
            }
        });
    }

    private static void list(Path stateBase) throws Exception {
        List<LabRegistry.Entry> labs = LabRegistry.forThisUser(stateBase).entries();
        if (labs.isEmpty()) {
            System.out.println("no labs");
        }
        for (LabRegistry.Entry lab : labs) {
            System.out.println(lab.id() + "  " + (lab.ownerAlive() ? "running, owner pid " + lab.ownerPid() : "left behind (owner gone)")
                    + (lab.subnet().isEmpty() ? "" : ", management " + lab.subnet() + ".0/" + LabRegistry.MANAGEMENT_PREFIX) + ", state " + lab.stateDir());
        }
    }

    private static String option(List<String> args, String name, String fallback) {
        int i = args.indexOf(name);
        if (i < 0 || i + 1 >= args.size()) {
            return fallback;
        }
        args.remove(i);
        return args.remove(i);
    }

    private static void usage(String problem) {
        System.err.println("patchbay-lab: " + problem);
        System.err.println("usage: patchbay-lab start [--template ID | --file TOPOLOGY.cluster] [--loopback] [--state-base DIR] [--ca-dir DIR] [--agent-jar JAR]");
        System.err.println("       patchbay-lab stop [ID | --all] | list | exec [--lab ID] NODE -- COMMAND...");
        System.err.println("       patchbay-lab run [--lab ID] NODE -- COMMAND... | jobs [--lab ID] | migrate [--lab ID] JOB NODE [--mode auto|stop-and-copy|post-copy] | output [--lab ID] JOB");
        System.exit(2);
    }
}
