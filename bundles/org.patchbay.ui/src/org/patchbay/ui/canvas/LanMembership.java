package org.patchbay.ui.canvas;

import org.patchbay.model.Lan;
import org.patchbay.model.Port;

/** The edge drawn between a LAN and a member port's owner. */
public record LanMembership(Lan lan, Port member) {
}
