package org.patchbay.core.swapin;

import java.net.URI;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.patchbay.agent.client.AgentClient;
import org.patchbay.agent.protocol.wire.DelayWire;
import org.patchbay.model.Machine;
import org.patchbay.shaping.PipeSpec;

/** Delay nodes made by asking each delay machine's agent ({@code PUT /v1/delays/NAME}) over the console's mutual TLS. */
public final class AgentDelayNodes implements DelayNodes {

    /** A request the agent answers within this (its shaper says "ready" in milliseconds); a slower one fails the swap, which rolls back. */
    private static final long ANSWER_SECONDS = 30;

    private final AgentClient client;

    public AgentDelayNodes(AgentClient client) {
        this.client = client;
    }

    @Override
    public void bridge(Machine machine, String name, String towardsA, String towardsB, PipeSpec ab, PipeSpec ba) throws SwapException {
        answer(machine, "bridge " + towardsA + " and " + towardsB + " for " + name,
                () -> client.putDelay(machine.getName(), endpoint(machine), new DelayWire.Delay(name, towardsA, towardsB, ab, ba)));
    }

    @Override
    public void unbridge(Machine machine, String name) throws SwapException {
        DelayWire.Report now = answer(machine, "list its delays", () -> client.delays(machine.getName(), endpoint(machine)));
        if (now.delays().stream().anyMatch(d -> d.name().equals(name))) {
            answer(machine, "end its delay " + name, () -> client.removeDelay(machine.getName(), endpoint(machine), name));
        }
    }

    private static URI endpoint(Machine machine) throws SwapException {
        String endpoint = machine.getAgentEndpoint();
        if (endpoint == null || endpoint.isBlank()) {
            throw new SwapException("delay machine " + machine.getName() + " has no agent endpoint in the inventory; set it (host:port) so the swap can reach it");
        }
        try {
            return org.patchbay.core.live.AgentMonitor.parseEndpoint(endpoint.trim());
        } catch (java.net.URISyntaxException | IllegalArgumentException e) {
            throw new SwapException("delay machine " + machine.getName() + ": agent endpoint '" + endpoint + "' is not host, host:port or https://host:port");
        }
    }

    private interface Request {
        java.util.concurrent.CompletableFuture<DelayWire.Report> send() throws SwapException;
    }

    private static DelayWire.Report answer(Machine machine, String what, Request request) throws SwapException {
        try {
            return request.send().get(ANSWER_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException | CompletionException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            throw new SwapException("delay machine " + machine.getName() + " would not " + what + ": " + cause.getMessage(), cause);
        } catch (TimeoutException e) {
            throw new SwapException("delay machine " + machine.getName() + " did not " + what + " within " + ANSWER_SECONDS + " s", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SwapException("interrupted while delay machine " + machine.getName() + " was asked to " + what, e);
        }
    }
}
