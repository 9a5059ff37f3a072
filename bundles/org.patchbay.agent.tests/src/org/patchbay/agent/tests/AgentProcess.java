package org.patchbay.agent.tests;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.patchbay.agent.protocol.tls.CertificateAuthority;

/**
 * A real agent process from the runnable jar, run with the JVM options the lab gives its nodes
 * (a 16 MB heap, exit on out-of-memory), on loopback: what an attacker on the network would meet.
 */
final class AgentProcess implements AutoCloseable {

    /** The lab's agent options (LabOptions.AGENT_JVM_OPTIONS), repeated here because this bundle does not depend on the lab. */
    static final List<String> LAB_JVM_OPTIONS = List.of("-XX:+IgnoreUnrecognizedVMOptions", "-Xmx16m", "-Xms4m", "-XX:MaxHeapFreeRatio=20",
            "-XX:MinHeapFreeRatio=5", "-XX:+UseSerialGC", "-XX:+UseCompactObjectHeaders", "-XX:TieredStopAtLevel=1", "-XX:ReservedCodeCacheSize=8m", "-Xss256k",
            "-XX:CICompilerCount=1", "-XX:-UsePerfData", "-Xshare:off", "-XX:TrimNativeHeapInterval=2000", "-XX:+ExitOnOutOfMemoryError");
    private static final Pattern LISTENING = Pattern.compile("listening on https://[^ ]*:([0-9]+) ");

    final Process process;
    final int port;
    final Path log;

    private AgentProcess(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    static AgentProcess start(CertificateAuthority ca, Path dir, String node) throws IOException, InterruptedException {
        String jar = System.getProperty("patchbay.agent.jar");
        if (jar == null || !Files.isRegularFile(Path.of(jar))) {
            throw new IllegalStateException("set -Dpatchbay.agent.jar to agent-dist/target/patchbay-agent.jar (got " + jar + ")");
        }
        Path tls = Files.createDirectories(dir.resolve(node + "-tls"));
        ca.issueNode(node, List.of(), List.of(InetAddress.getLoopbackAddress())).save(tls, "node");
        Files.copy(dir.resolve("ca").resolve("ca.pem"), tls.resolve("ca.pem"));
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(LAB_JVM_OPTIONS);
        command.addAll(List.of("-jar", jar, "serve", "--node", node, "--tls-dir", tls.toString(), "--listen", "127.0.0.1:0", "--mode", "loopback",
                "--interval-ms", "200", "--reboot-exits"));
        Path log = dir.resolve(node + ".log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        CompletableFuture<Integer> port = new CompletableFuture<>();
        Thread.ofPlatform().daemon().start(() -> {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    Files.writeString(log, line + "\n", StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE,
                            java.nio.file.StandardOpenOption.APPEND);
                    Matcher m = LISTENING.matcher(line);
                    if (m.find()) {
                        port.complete(Integer.parseInt(m.group(1)));
                    }
                }
            } catch (IOException e) {
                port.completeExceptionally(e);
            }
            port.completeExceptionally(new IllegalStateException("the agent exited before it listened"));
        });
        try {
            // waits for the agent's own report, however slow the machine; an agent that exits ends the wait at once
            return new AgentProcess(process, port.get(), log);
        } catch (java.util.concurrent.ExecutionException e) {
            process.destroyForcibly();
            throw new IllegalStateException(e.getCause().getMessage() + ": " + (Files.exists(log) ? Files.readString(log) : "no output"));
        }
    }

    URI endpoint() {
        return URI.create("https://127.0.0.1:" + port);
    }

    /** Resident memory in kB, from /proc. */
    long rssKb() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        throw new IOException("no VmRSS for " + process.pid());
    }

    String output() throws IOException {
        return Files.exists(log) ? Files.readString(log) : "";
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
