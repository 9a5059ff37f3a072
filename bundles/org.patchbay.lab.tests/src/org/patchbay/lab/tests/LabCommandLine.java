package org.patchbay.lab.tests;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.patchbay.agent.client.AgentClient;
import org.patchbay.core.live.LiveState;
import org.patchbay.lab.LabMain;
import org.patchbay.lab.LabOptions;
import org.patchbay.model.Cluster;
import org.patchbay.model.persistence.ClusterFiles;

/** {@code patchbay-lab} as a separate process, as a shell user runs it. */
final class LabCommandLine {

    private LabCommandLine() {
    }

    static List<String> command(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(LabOptions.currentJava().toString(),
                "-Dpatchbay.native.helpers=" + LabOptions.findNativeHelper("pb-shaper").getParent(), "-cp", classPath(), LabMain.class.getName()));
        command.addAll(List.of(args));
        return command;
    }

    /** Runs to the end; its output. */
    static String run(String... args) throws Exception {
        Process p = new ProcessBuilder(command(args)).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        return out;
    }

    /** Reads a running lab's output until a line starting with {@code prefix} (within {@code millis}); that line. */
    static String awaitLine(Process process, String prefix, long millis, StringBuilder seen) throws Exception {
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        long deadline = System.currentTimeMillis() + millis;
        for (String line = out.readLine(); line != null && System.currentTimeMillis() < deadline; line = out.readLine()) {
            seen.append(line).append('\n');
            if (line.startsWith(prefix)) {
                return line;
            }
        }
        throw new AssertionError("no line starting '" + prefix + "' within " + millis + " ms:\n" + seen);
    }

    /** The bundles the command-line lab needs, as this OSGi test runtime has them (jars or class folders). */
    static String classPath() throws Exception {
        Set<String> entries = new LinkedHashSet<>();
        for (Class<?> c : List.of(LabMain.class, Cluster.class, ClusterFiles.class, EObject.class, URI.class, XMIResourceImpl.class,
                LiveState.class, AgentClient.class, org.patchbay.agent.protocol.json.Json.class, org.patchbay.snmp.SnmpClient.class,
                org.patchbay.shaping.PipeSpec.class, org.snmp4j.Snmp.class, org.snmp4j.agent.BaseAgent.class)) {
            entries.add(Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI()).toString());
        }
        return String.join(File.pathSeparator, entries);
    }

    static Set<String> namespaces() throws Exception {
        Set<String> names = new LinkedHashSet<>();
        Process list = new ProcessBuilder("ip", "netns", "list").start();
        for (String line : new String(list.getInputStream().readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
            if (!line.isBlank()) {
                names.add(line.split(" ")[0]);
            }
        }
        return names;
    }
}
