package org.patchbay.agent.server;

import java.io.IOException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import org.eclipse.jetty.io.ArrayByteBufferPool;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * Where one node's endpoint runs: a server of its own (a node's agent process), or a runtime that
 * serves many lab nodes from one process, each on its own connector opened inside its node's network
 * namespace. Either way the node has its own address, port, certificate, limits and streams.
 */
public interface AgentHost {

    /** The Jetty server the node's connector belongs to. */
    Server server();

    /** Runs the node's sampler ticks. */
    ScheduledExecutorService clock();

    /** Accept threads per connector: a lone agent keeps one; a runtime of hundreds lets each connector's selector accept. */
    int acceptors();

    /** Opens the connector's listening socket where the node is (for a lab node, inside its network namespace). */
    void open(ServerConnector connector) throws IOException;

    /** Starts serving {@code handler} on the connector. */
    void serve(ServerConnector connector, Handler handler) throws Exception;

    /** Stops serving the connector and releases what the node held; other nodes of the host go on. */
    void stop(ServerConnector connector);

    /** A server and a sampler thread of the node's own: how an agent process serves its one node. */
    static AgentHost own() {
        return new Own();
    }

    final class Own implements AgentHost {
        private final Server server;
        private final ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "agent-sampler");
            t.setDaemon(true);
            return t;
        });

        Own() {
            // few threads: requests are short, streams are written without a thread each
            QueuedThreadPool threads = new QueuedThreadPool(12, 2);
            threads.setName("agent-http");
            threads.setReservedThreads(0);
            threads.setDaemon(true);
            // a node agent keeps few buffers for later: at most 512 KB of heap and of direct memory pooled
            server = new Server(threads, null, new ArrayByteBufferPool(0, -1, -1, -1, 512 * 1024, 512 * 1024));
            server.setStopTimeout(0);
        }

        @Override
        public Server server() {
            return server;
        }

        @Override
        public ScheduledExecutorService clock() {
            return clock;
        }

        @Override
        public int acceptors() {
            return 1;
        }

        @Override
        public void open(ServerConnector connector) throws IOException {
            connector.open();
        }

        @Override
        public void serve(ServerConnector connector, Handler handler) throws Exception {
            server.setHandler(handler);
            server.start();
        }

        @Override
        public void stop(ServerConnector connector) {
            clock.shutdownNow();
            try {
                server.stop();
            } catch (Exception e) {
                System.err.println("patchbay-agent: stopping the server: " + e);
            }
        }
    }
}
