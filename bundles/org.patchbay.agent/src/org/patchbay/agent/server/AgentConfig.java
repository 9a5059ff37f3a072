package org.patchbay.agent.server;

import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.List;

/**
 * How one agent runs. {@code rebootCommand} is what Reboot runs (for example {@code systemctl reboot});
 * when it is empty the agent exits with {@link #REBOOT_EXIT_CODE} instead, which the lab's supervisor
 * reads as "restart this node's processes".
 */
public record AgentConfig(String node, String mode, InetSocketAddress listen, Path certificate, Path key, Path ca, long intervalMillis,
        List<String> rebootCommand, Path procRoot) {

    public static final int REBOOT_EXIT_CODE = org.patchbay.agent.protocol.wire.WireFormat.REBOOT_EXIT_CODE;
}
