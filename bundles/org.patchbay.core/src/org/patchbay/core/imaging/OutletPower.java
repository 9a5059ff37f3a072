package org.patchbay.core.imaging;

import java.io.IOException;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import org.patchbay.core.power.PowerOutlet;
import org.patchbay.snmp.PduDriver;
import org.patchbay.snmp.PowerCommand;
import org.patchbay.snmp.SnmpClient;

/** Reimaging's power: the PDU outlet that feeds each node, commanded over SNMP and read back. */
public final class OutletPower implements ReimageBatch.Power {

    private static final long PDU_ANSWER_SECONDS = 60;

    private final SnmpClient snmp;
    private final Function<String, Optional<PowerOutlet>> outlets;

    public OutletPower(SnmpClient snmp, Function<String, Optional<PowerOutlet>> outlets) {
        this.snmp = snmp;
        this.outlets = outlets;
    }

    @Override
    public void off(String node) throws Exception {
        command(node, PowerCommand.OFF);
    }

    @Override
    public void on(String node) throws Exception {
        command(node, PowerCommand.ON);
    }

    private void command(String node, PowerCommand command) throws Exception {
        PowerOutlet feeding = outlets.apply(node).orElseThrow(() -> new IOException("no PDU outlet feeds " + node
                + "; reimaging powers a node off and on, so give it a Power Outlet in Properties"));
        PduDriver.Outcome outcome = new PduDriver(snmp, feeding.pdu(), feeding.profile(), feeding.unit()).command(feeding.outlet(), command)
                .get(PDU_ANSWER_SECONDS, TimeUnit.SECONDS);
        if (!outcome.succeeded()) {
            throw new IOException(feeding + ": " + outcome.describe());
        }
    }
}
