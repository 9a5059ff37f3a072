package org.patchbay.core.power;

import java.util.Optional;
import java.util.function.Function;

import org.patchbay.model.Cluster;
import org.patchbay.model.Node;
import org.patchbay.model.Outlet;
import org.patchbay.model.PowerController;
import org.patchbay.model.SnmpTarget;
import org.patchbay.snmp.PduProfile;
import org.patchbay.snmp.SnmpCredentials;
import org.patchbay.snmp.SnmpDevice;

/**
 * A node's outlet as the topology records it: the node's Power Outlet, the PDU that holds it, the
 * PDU's SNMP target and vendor profile, and the credentials its credential id names (looked up
 * outside the model, which never holds a secret).
 */
public final class ModelPowerOutlets implements Function<String, Optional<PowerOutlet>> {

    private final Cluster cluster;
    private final Function<String, Optional<SnmpCredentials>> credentials;
    private final Function<String, Optional<PduProfile>> genericProfiles;

    /** {@code genericProfiles}: the user's description of a "generic" PDU, by the PDU's name ({@link org.patchbay.snmp.GenericPduProfiles}). */
    public ModelPowerOutlets(Cluster cluster, Function<String, Optional<SnmpCredentials>> credentials,
            Function<String, Optional<PduProfile>> genericProfiles) {
        this.cluster = cluster;
        this.credentials = credentials;
        this.genericProfiles = genericProfiles;
    }

    @Override
    public Optional<PowerOutlet> apply(String nodeName) {
        for (Node node : cluster.getNodes()) {
            if (nodeName.equals(node.getName())) {
                return outletOf(node);
            }
        }
        return Optional.empty();
    }

    private Optional<PowerOutlet> outletOf(Node node) {
        Outlet outlet = node.getPowerOutlet();
        if (outlet == null || !(outlet.eContainer() instanceof PowerController pdu) || pdu.getSnmp() == null) {
            return Optional.empty();
        }
        SnmpTarget target = pdu.getSnmp();
        Optional<PduProfile> profile = PduProfiles.of(pdu, genericProfiles);
        if (profile.isEmpty() || target.getHost() == null || target.getCredentialId() == null) {
            return Optional.empty();
        }
        return credentials.apply(target.getCredentialId()).map(c -> new PowerOutlet(
                SnmpDevice.of(pdu.getName(), target.getHost(), target.getPort() > 0 ? target.getPort() : 161, c).withTimeout(2000, 1), profile.get(),
                profile.get().defaultUnit(), outlet.getNumber()));
    }
}
