package org.patchbay.lab;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;

import org.patchbay.agent.protocol.json.Json;
import org.patchbay.agent.protocol.json.JsonFields;
import org.patchbay.model.Cluster;
import org.patchbay.model.persistence.ClusterFiles;
import org.patchbay.model.templates.TopologyTemplates;

/**
 * The lab from a shell, for scripts and tests: {@code start} runs a topology until interrupted
 * (Ctrl-C or SIGTERM stops it cleanly), {@code stop} stops every lab on this machine and removes
 * what killed consoles left behind, {@code list} shows running labs.
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
            case "stop" -> stop(stateBase);
            case "list" -> list(stateBase);
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
            cluster = TopologyTemplates.byId(id).orElseThrow(() -> new LabException("no template '" + id + "'; try "
                    + String.join(", ", TopologyTemplates.all().stream().map(TopologyTemplates.Template::id).toList()))).create();
        }
        LabOptions options = new LabOptions(stateBase, caDir, jar == null ? LabOptions.findAgentJar() : Path.of(jar), LabOptions.currentJava(),
                LabOptions.AGENT_JVM_OPTIONS, loopback);
        if (!Lab.isRoot() && !loopback) {
            System.err.println("patchbay-lab: not root, so no network namespaces: running the degraded mode (agents on loopback, links not real).");
            System.err.println("patchbay-lab: run as root (sudo) for a real lab.");
        }
        Lab lab = Lab.start(cluster, options, new LabListener() {
            @Override
            public void agentExited(String node, int exitCode, boolean rebooting) {
                System.out.println(node + ": agent exited (" + exitCode + ")" + (rebooting ? ", rebooting" : ""));
            }

            @Override
            public void agentStarted(String node) {
                System.out.println(node + ": agent started");
            }
        }, LabProgress.NONE);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            lab.stop(LabProgress.NONE);
            stopped.countDown();
        }));
        System.out.println("lab " + lab.id() + " running (" + lab.mode().description + ")");
        lab.endpoints().forEach((node, uri) -> System.out.println("  " + node + "  " + uri));
        Path client = lab.directory().resolve("client");
        System.out.println("try: curl --cacert " + client.resolve("ca.pem") + " --cert " + client.resolve("client.pem") + " --key "
                + client.resolve("client-key.pem") + " " + lab.endpoints().values().iterator().next().resolve("/v1/status"));
        System.out.println("state: " + lab.directory() + "; stop with Ctrl-C, SIGTERM or 'stop'");
        System.out.flush();
        stopped.await();
    }

    private static void stop(Path stateBase) throws Exception {
        int signalled = 0;
        if (Files.isDirectory(stateBase)) {
            try (Stream<Path> labs = Files.list(stateBase)) {
                for (Path dir : labs.filter(p -> p.getFileName().toString().startsWith("lab-")).toList()) {
                    try {
                        long owner = JsonFields.of(Json.parse(Files.readString(dir.resolve("lab.json"))), "lab").longValue("ownerPid");
                        if (owner != ProcessHandle.current().pid() && ProcessHandle.of(owner).map(ProcessHandle::destroy).orElse(false)) {
                            signalled++;
                            ProcessHandle.of(owner).ifPresent(p -> p.onExit().orTimeout(20, java.util.concurrent.TimeUnit.SECONDS).join());
                        }
                    } catch (Exception e) {
                        // unreadable or already gone; the clean-up below handles it
                    }
                }
            }
        }
        int removed = Lab.cleanUpLeftovers(stateBase);
        System.out.println("stopped " + signalled + " running lab(s), removed " + removed + " left behind");
    }

    private static void list(Path stateBase) throws Exception {
        if (!Files.isDirectory(stateBase)) {
            System.out.println("no labs");
            return;
        }
        try (Stream<Path> labs = Files.list(stateBase)) {
            for (Path dir : labs.filter(p -> p.getFileName().toString().startsWith("lab-")).toList()) {
                System.out.println(dir.getFileName() + ": " + Files.readString(dir.resolve("lab.json")).strip());
            }
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
        System.err.println("       patchbay-lab stop | list");
        System.exit(2);
    }
}
