package org.patchbay.core.live;

import java.util.regex.Pattern;

import org.patchbay.model.Interface;
import org.patchbay.model.Node;

/**
 * The name a model interface has in its node's kernel: the model's name when Linux accepts it
 * (at most 15 characters, no '/' or spaces, not one the lab reserves), otherwise {@code eth<index>}.
 * The lab names interfaces this way and the console reads load back the same way.
 */
public final class KernelInterfaceNames {

    /** The lab's management interface in each node namespace. */
    public static final String MANAGEMENT = "mgmt0";
    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9_.-]{1,15}");

    private KernelInterfaceNames() {
    }

    public static String of(Interface iface) {
        String name = iface.getName();
        if (name != null && VALID.matcher(name).matches() && !name.equals("lo") && !name.equals(MANAGEMENT) && unique(iface, name)) {
            return name;
        }
        Node node = (Node) iface.eContainer();
        return "eth" + (node == null ? 0 : node.getInterfaces().indexOf(iface));
    }

    private static boolean unique(Interface iface, String name) {
        if (!(iface.eContainer() instanceof Node node)) {
            return true;
        }
        for (Interface other : node.getInterfaces()) {
            if (other != iface && name.equals(other.getName())) {
                return false;
            }
        }
        return true;
    }
}
