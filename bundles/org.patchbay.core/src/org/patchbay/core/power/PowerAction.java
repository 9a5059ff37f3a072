package org.patchbay.core.power;

/** What a user asks of a node's power. REBOOT escalates, as Emulab does: agent first, then the PDU. */
public enum PowerAction {
    ON("power on"), OFF("power off"), CYCLE("power cycle"), REBOOT("reboot");

    public final String words;

    PowerAction(String words) {
        this.words = words;
    }
}
