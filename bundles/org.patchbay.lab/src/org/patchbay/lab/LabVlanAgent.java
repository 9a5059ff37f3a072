package org.patchbay.lab;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

import org.patchbay.snmp.QBridgeVlans;
import org.snmp4j.agent.DefaultMOScope;
import org.snmp4j.agent.DuplicateRegistrationException;
import org.snmp4j.agent.MOScope;
import org.snmp4j.agent.mo.GenericManagedObject;
import org.snmp4j.agent.request.Request;
import org.snmp4j.agent.request.SubRequest;
import org.snmp4j.mp.SnmpConstants;
import org.snmp4j.smi.Null;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.OctetString;
import org.snmp4j.smi.UdpAddress;
import org.snmp4j.smi.Variable;
import org.snmp4j.smi.VariableBinding;

/**
 * A lab switch's VLAN agent (SNMP4J-agent): BRIDGE-MIB's port to ifIndex map and Q-BRIDGE-MIB's
 * static VLAN table, PVIDs and learned addresses, read and written as on a real switch; a SET is
 * checked whole and applied whole to the switch's bridges (see {@link LabVlanSwitch}).
 */
final class LabVlanAgent extends LabSnmpAgent {

    static final OID DOT1D_BRIDGE = new OID("1.3.6.1.2.1.17");
    /** sysObjectID: Patchbay's enterprise arc is not registered; net-snmp's Linux agent OID marks a Linux bridge. */
    static final OID LINUX_SYS_OID = new OID("1.3.6.1.4.1.8072.3.2.10");
    private static final String APPLIED = "patchbay.vlan.applied";
    private static final String VERDICT = "patchbay.vlan.verdict";

    private final LabVlanSwitch vlanSwitch;

    LabVlanAgent(File bootCounter, UdpAddress address, LabVlanSwitch vlanSwitch, String authPassphrase, String privacyPassphrase) {
        super(bootCounter, address, authPassphrase, privacyPassphrase);
        this.vlanSwitch = vlanSwitch;
        setSysDescr(new OctetString("Patchbay lab switch " + vlanSwitch.name() + " (Q-BRIDGE-MIB VLANs as Linux bridges)"));
        setSysOID(LINUX_SYS_OID);
    }

    @Override
    protected void registerManagedObjects() {
        try {
            server.register(new BridgeMib(), null);
        } catch (DuplicateRegistrationException e) {
            throw new IllegalStateException("the bridge MIB of " + vlanSwitch.name() + " registered twice", e);
        }
    }

    /** The dot1dBridge subtree, served from the switch's state (a GenericManagedObject: the command processor looks up only those). */
    private final class BridgeMib implements GenericManagedObject {

        private final MOScope scope = new DefaultMOScope(DOT1D_BRIDGE, true, DOT1D_BRIDGE.nextPeer(), false);

        @Override
        public MOScope getScope() {
            return scope;
        }

        /** Learned addresses cost a 'bridge fdb' run: read them only when the request can reach them. */
        private SortedMap<OID, Variable> objectsFrom(OID from) {
            return vlanSwitch.objects(from.compareTo(QBridgeVlans.DOT1Q_TP_FDB_PORT.nextPeer()) < 0);
        }

        @Override
        public OID find(MOScope range) {
            for (Map.Entry<OID, Variable> entry : objectsFrom(range.getLowerBound()).tailMap(range.getLowerBound()).entrySet()) {
                if (range.covers(entry.getKey()) && scope.covers(entry.getKey())) {
                    return entry.getKey();
                }
            }
            return null;
        }

        @Override
        public void get(SubRequest<?> request) {
            OID oid = request.getVariableBinding().getOid();
            Variable value = objectsFrom(oid).get(oid);
            request.getVariableBinding().setVariable(value != null ? value : Null.noSuchInstance);
            request.completed();
        }

        @Override
        public boolean next(SubRequest<?> request) {
            MOScope range = request.getScope();
            for (Map.Entry<OID, Variable> entry : objectsFrom(range.getLowerBound()).tailMap(range.getLowerBound()).entrySet()) {
                if (range.covers(entry.getKey()) && scope.covers(entry.getKey())) {
                    request.getVariableBinding().setOid(entry.getKey());
                    request.getVariableBinding().setVariable(entry.getValue());
                    request.completed();
                    return true;
                }
            }
            return false;
        }

        /** This request's bindings in our subtree, in order. */
        private List<VariableBinding> ours(Request<?, ?, ?> request) {
            List<VariableBinding> bindings = new ArrayList<>();
            for (int i = 0; i < request.size(); i++) {
                VariableBinding binding = request.get(i).getVariableBinding();
                if (binding.getOid().startsWith(DOT1D_BRIDGE)) {
                    bindings.add(binding);
                }
            }
            return bindings;
        }

        @Override
        public void prepare(SubRequest<?> request) {
            OID oid = request.getVariableBinding().getOid();
            if (!LabVlanSwitch.writable(oid)) {
                request.getStatus().setErrorStatus(SnmpConstants.SNMP_ERROR_NOT_WRITEABLE);
                return;
            }
            Request<?, ?, ?> whole = request.getRequest();
            List<VariableBinding> bindings = ours(whole);
            LabVlanSwitch.Verdict verdict = (LabVlanSwitch.Verdict) whole.getProcessingUserObject(VERDICT);
            if (verdict == null) {
                verdict = vlanSwitch.check(bindings);
                whole.setProcessingUserObject(VERDICT, verdict);
                if (verdict.why() != null) {
                    System.err.println("patchbay lab switch " + vlanSwitch.name() + " refused a SET: " + verdict.why());
                }
            }
            int position = bindings.indexOf(request.getVariableBinding()) + 1;
            if (verdict.status() != SnmpConstants.SNMP_ERROR_SUCCESS && (verdict.index() == position
                    || verdict.index() > bindings.size() && position == bindings.size())) {
                request.getStatus().setErrorStatus(verdict.status());
                return;
            }
            request.getStatus().setPhaseComplete(true);
        }

        @Override
        public void commit(SubRequest<?> request) {
            Request<?, ?, ?> whole = request.getRequest();
            if (whole.getProcessingUserObject(APPLIED) == null) {
                try {
                    whole.setProcessingUserObject(APPLIED, vlanSwitch.apply(ours(whole)));
                } catch (LabException e) {
                    System.err.println("patchbay lab switch " + vlanSwitch.name() + ": " + e.getMessage());
                    request.getStatus().setErrorStatus(SnmpConstants.SNMP_ERROR_COMMIT_FAILED);
                    return;
                }
            }
            request.getStatus().setPhaseComplete(true);
        }

        @Override
        public void undo(SubRequest<?> request) {
            Request<?, ?, ?> whole = request.getRequest();
            Object before = whole.setProcessingUserObject(APPLIED, null);
            if (before instanceof LabVlanSwitch.Before previous) {
                try {
                    vlanSwitch.restore(previous);
                } catch (LabException e) {
                    System.err.println("patchbay lab switch " + vlanSwitch.name() + ": undo failed: " + e.getMessage());
                    request.getStatus().setErrorStatus(SnmpConstants.SNMP_ERROR_UNDO_FAILED);
                    return;
                }
            }
            request.getStatus().setPhaseComplete(true);
        }

        @Override
        public void cleanup(SubRequest<?> request) {
            request.getStatus().setPhaseComplete(true);
        }
    }
}
