package org.patchbay.model.validation;

import java.util.Optional;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EStructuralFeature;
import org.patchbay.model.PatchbayPackage.Literals;

/**
 * Rules on single attribute values. The validator reports them on saved topologies and the
 * Properties view refuses a value that breaks one before it reaches the model.
 */
public final class ValueRules {

    private static final Pattern MAC = Pattern.compile("(?i)[0-9a-f]{2}(:[0-9a-f]{2}){5}");
    private static final Pattern IPV4 = Pattern.compile(
            "((25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])");

    private ValueRules() {
    }

    /** Why {@code value} cannot be the value of {@code feature}, or empty when it can. */
    public static Optional<String> check(EStructuralFeature feature, Object value) {
        if (feature == Literals.SHAPED_ELEMENT__BANDWIDTH_BPS) {
            long bps = ((Number) value).longValue();
            return bps <= 0 ? Optional.of("Bandwidth must be more than 0 b/s (got " + bps + "). Enter a rate such as 100Mb or 1.5M.") : Optional.empty();
        }
        if (feature == Literals.SHAPED_ELEMENT__LOSS_RATE) {
            double loss = ((Number) value).doubleValue();
            return loss < 0 || loss > 1 || Double.isNaN(loss)
                    ? Optional.of("Loss must be between 0% and 100% (got " + org.patchbay.model.topology.ShapingText.loss(loss)
                            + "). Write 1% (or 0.01) for one packet in a hundred dropped.")
                    : Optional.empty();
        }
        if (feature == Literals.SHAPED_ELEMENT__DELAY_MS) {
            double delay = ((Number) value).doubleValue();
            return delay < 0 || Double.isNaN(delay) ? Optional.of("Delay cannot be negative (got " + delay + " ms). Enter 0 or more milliseconds.") : Optional.empty();
        }
        if (feature == Literals.SHAPED_ELEMENT__QUEUE_LIMIT) {
            int limit = ((Number) value).intValue();
            return limit <= 0 ? Optional.of("Queue limit must be at least 1 (got " + limit + "). Dummynet's default is 50 packets.") : Optional.empty();
        }
        if (feature == Literals.INTERFACE__MAC) {
            String mac = (String) value;
            return mac != null && !mac.isEmpty() && !MAC.matcher(mac).matches()
                    ? Optional.of("'" + mac + "' is not a MAC address. Write six hex pairs separated by colons, e.g. 02:00:00:00:00:01.")
                    : Optional.empty();
        }
        if (feature == Literals.INTERFACE__IPV4_ADDRESS) {
            String ip = (String) value;
            return ip != null && !ip.isEmpty() && !IPV4.matcher(ip).matches()
                    ? Optional.of("'" + ip + "' is not an IPv4 address. Write four numbers 0-255 separated by dots, e.g. 10.0.0.1.")
                    : Optional.empty();
        }
        if (feature == Literals.INTERFACE__PREFIX_LENGTH) {
            int prefix = ((Number) value).intValue();
            return prefix < 0 || prefix > 32 ? Optional.of("Prefix length must be 0 to 32 (got " + prefix + "), e.g. 24 for a /24 subnet.") : Optional.empty();
        }
        if (feature == Literals.SNMP_TARGET__PORT) {
            int port = ((Number) value).intValue();
            return port < 1 || port > 65535 ? Optional.of("UDP port must be 1 to 65535 (got " + port + "); SNMP agents usually listen on 161.") : Optional.empty();
        }
        if (feature == Literals.NAMED_ELEMENT__NAME) {
            String name = (String) value;
            return name == null || name.isBlank() ? Optional.of("A name cannot be empty. Give the element a name such as node1.") : Optional.empty();
        }
        return Optional.empty();
    }
}
