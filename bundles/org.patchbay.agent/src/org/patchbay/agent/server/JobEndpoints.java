package org.patchbay.agent.server;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;

import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.patchbay.agent.jobs.JobMigrations;
import org.patchbay.agent.jobs.JobTable;
import org.patchbay.agent.protocol.json.Json;
import org.patchbay.agent.protocol.json.JsonException;
import org.patchbay.agent.protocol.json.JsonFields;
import org.patchbay.agent.protocol.tls.CertificateAuthority;
import org.patchbay.agent.protocol.wire.JobWire;

/**
 * The jobs API (docs/agent-api.md, "Jobs"): the console starts, lists, locks, ends and moves jobs;
 * another node's agent hands a job over on the incoming paths. Who may call what is decided by the
 * client certificate: one that names a node may only hand over a job (as that node), one that does
 * not (the console's) may do everything else, so a node's key cannot steer other nodes.
 */
final class JobEndpoints {

    private final JobTable jobs;
    private final JobMigrations migrations;
    private final int maxBodyBytes;

    JobEndpoints(JobTable jobs, JobMigrations migrations, int maxBodyBytes) {
        this.jobs = jobs;
        this.migrations = migrations;
        this.maxBodyBytes = maxBodyBytes;
    }

    /** What {@code criu check} said at start: version and whether jobs can move. */
    String criuStatus() {
        return migrations.criu().status();
    }

    boolean handles(String path) {
        return path.equals(JobWire.JOBS_PATH) || path.startsWith(JobWire.JOBS_PATH + "/") || path.equals(JobWire.MIGRATIONS_PATH)
                || path.startsWith(JobWire.MIGRATIONS_PATH + "/");
    }

    void handle(String path, Request request, Response response, Callback callback) throws RequestException {
        Optional<String> peerNode = peerNode(request);
        try {
            if (path.equals(JobWire.INCOMING_PATH) || path.startsWith(JobWire.INCOMING_PATH + "/")) {
                String from = peerNode.orElseThrow(() -> new RequestException(403, "only another node's agent hands jobs over; the console asks the source"
                        + " node with POST " + JobWire.JOBS_PATH + "/ID/migrate"));
                incoming(from, path.substring(JobWire.INCOMING_PATH.length()), request, response, callback);
                return;
            }
            if (peerNode.isPresent()) {
                throw new RequestException(403, "node " + peerNode.get() + "'s certificate may only hand jobs over (" + JobWire.INCOMING_PATH + ")");
            }
            if (path.equals(JobWire.MIGRATIONS_PATH)) {
                requireMethod(request, "GET");
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("node", jobs.node());
                m.put("migrations", migrations.history().stream().map(JobWire::toJson).toList());
                AgentServer.send(response, callback, 200, m);
                return;
            }
            if (path.equals(JobWire.JOBS_PATH)) {
                if ("POST".equals(request.getMethod())) {
                    AgentServer.send(response, callback, 201, JobWire.toJson(jobs.start(command(json(request)))));
                } else {
                    requireMethod(request, "GET");
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("node", jobs.node());
                    m.put("criu", migrations.criu().status());
                    m.put("migratable", migrations.criu().usable());
                    m.put("jobs", jobs.all().stream().map(JobWire::toJson).toList());
                    AgentServer.send(response, callback, 200, m);
                }
                return;
            }
            String[] parts = path.substring(JobWire.JOBS_PATH.length() + 1).split("/", -1);
            String id = parts[0];
            String action = parts.length > 1 ? parts[1] : "";
            if (parts.length > 2) {
                throw new RequestException(404, "no such endpoint: " + path);
            }
            switch (action) {
                case "" -> {
                    requireMethod(request, "GET");
                    AgentServer.send(response, callback, 200, JobWire.toJson(jobs.find(id).orElseThrow(() -> new NoSuchElementException(
                            "no job " + id + " on " + jobs.node()))));
                }
                case "output" -> {
                    requireMethod(request, "GET");
                    long offset = AgentServer.parameter(request.getHttpURI().getQuery(), "offset", 0);
                    if (offset < 0) {
                        throw new RequestException(400, "offset must be a whole number of bytes");
                    }
                    byte[] bytes = jobs.output(id, offset);
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("job", id);
                    m.put("offset", offset);
                    m.put("text", new String(bytes, StandardCharsets.UTF_8));
                    m.put("next", offset + bytes.length);
                    AgentServer.send(response, callback, 200, m);
                }
                case "migrate" -> {
                    requireMethod(request, "POST");
                    JsonFields f = JsonFields.of(json(request), "request");
                    String agent = f.string("agent");
                    int colon = agent.lastIndexOf(':');
                    if (colon < 1) {
                        throw new RequestException(400, "'agent' is the target agent's host:port, got '" + agent + "'");
                    }
                    String host = agent.substring(0, colon).replace("[", "").replace("]", "");
                    int port = Integer.parseInt(agent.substring(colon + 1));
                    var target = new JobMigrations.Target(f.string("to"), host, port, f.string("pageAddress", ""));
                    String why = f.string("why", "user");
                    if (!List.of("user", "balancer", "home").contains(why)) {
                        throw new RequestException(400, "'why' is user, balancer or home, not '" + why + "'");
                    }
                    JobMigrations.Mode mode;
                    try {
                        mode = JobMigrations.Mode.parse(f.string("mode", "auto"));
                    } catch (IllegalArgumentException e) {
                        throw new RequestException(400, e.getMessage());
                    }
                    AgentServer.send(response, callback, 202, JobWire.toJson(migrations.start(id, target, why, mode)));
                }
                case "lock" -> {
                    requireMethod(request, "POST");
                    AgentServer.send(response, callback, 200, JobWire.toJson(jobs.lock(id, JsonFields.of(json(request), "request").bool("locked", true))));
                }
                case "kill" -> {
                    requireMethod(request, "POST");
                    AgentServer.send(response, callback, 200, JobWire.toJson(jobs.kill(id)));
                }
                case "resume" -> {
                    requireMethod(request, "POST");
                    AgentServer.send(response, callback, 200, JobWire.toJson(jobs.resume(id)));
                }
                default -> throw new RequestException(404, "no such endpoint: " + path + "; see docs/agent-api.md");
            }
        } catch (JsonException | NumberFormatException e) {
            throw new RequestException(400, e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new RequestException(400, e.getMessage());
        } catch (NoSuchElementException e) {
            throw new RequestException(404, e.getMessage());
        } catch (IllegalStateException e) {
            throw new RequestException(409, e.getMessage());
        } catch (IOException e) {
            throw new RequestException(500, e.getMessage());
        }
    }

    private void incoming(String from, String rest, Request request, Response response, Callback callback)
            throws RequestException, IOException, JsonException {
        if (rest.isEmpty()) {
            requireMethod(request, "POST");
            AgentServer.send(response, callback, 200, migrations.prepare(from, json(request)));
            return;
        }
        String[] parts = rest.substring(1).split("/", -1);
        String id = parts[0];
        if (parts.length == 1) {
            switch (request.getMethod()) {
                case "GET" -> AgentServer.send(response, callback, 200, migrations.status(from, id));
                case "DELETE" -> AgentServer.send(response, callback, 200, migrations.abort(from, id));
                default -> throw new RequestException(405, "use GET or DELETE for " + JobWire.INCOMING_PATH + "/" + id);
            }
        } else if (parts.length == 2 && parts[1].equals("restore")) {
            requireMethod(request, "POST");
            AgentServer.send(response, callback, 202, migrations.restore(from, id));
        } else if (parts.length == 2 && parts[1].equals("commit")) {
            requireMethod(request, "POST");
            AgentServer.send(response, callback, 200, migrations.commit(from, id));
        } else if (parts.length == 3 && parts[1].equals("images")) {
            requireMethod(request, "PUT");
            try (InputStream body = Content.Source.asInputStream(request)) {
                migrations.receiveImage(from, id, parts[2], body, request.getLength());
            }
            AgentServer.send(response, callback, 200, Map.of("stored", parts[2]));
        } else {
            throw new RequestException(404, "no such endpoint: " + JobWire.INCOMING_PATH + rest);
        }
    }

    private Map<String, Object> json(Request request) throws RequestException, JsonException {
        return Json.parseObject(new String(AgentServer.body(request, maxBodyBytes), StandardCharsets.UTF_8));
    }

    private static List<String> command(Map<String, Object> body) throws JsonException {
        List<String> command = new ArrayList<>();
        for (Object part : JsonFields.of(body, "request").list("command")) {
            if (!(part instanceof String s)) {
                throw new JsonException("'command' must be an array of strings, e.g. [\"sh\", \"-c\", \"...\"]");
            }
            command.add(s);
        }
        return command;
    }

    private static void requireMethod(Request request, String method) throws RequestException {
        if (!method.equals(request.getMethod())) {
            throw new RequestException(405, "use " + method + " for " + Request.getPathInContext(request));
        }
    }

    /** The node the client certificate names, if it names one (a peer agent's); empty for the console's. */
    static Optional<String> peerNode(Request request) {
        if (request.getAttribute(EndPoint.SslSessionData.ATTRIBUTE) instanceof EndPoint.SslSessionData tls && tls.peerCertificates() != null
                && tls.peerCertificates().length > 0) {
            X509Certificate c = tls.peerCertificates()[0];
            return CertificateAuthority.nodeNameOf(c);
        }
        return Optional.empty();
    }
}
