package org.patchbay.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.patchbay.model.Cluster;
import org.patchbay.model.DiagramElement;
import org.patchbay.model.templates.TopologyTemplates;
import org.patchbay.model.topology.TopologySearch;

/** Finding nodes as a user types it: by name, address, MAC, role and live state. */
class TopologySearchTest {

    private static final Cluster DUMBBELL = TopologyTemplates.dumbbell();

    private static List<String> find(String text, Set<String> downNodes) {
        return TopologySearch.find(DUMBBELL, TopologySearch.parse(text), n -> downNodes.contains(n.getName()) ? Set.of("down") : Set.of("up"))
                .stream().map(DiagramElement::getName).toList();
    }

    @Test
    void wordsMatchNamesAddressesAndMacs() {
        assertEquals(List.of("left0", "left1"), find("LEFT", Set.of()), "part of a name, any case");
        String ip = DUMBBELL.getNodes().get(4).getInterfaces().get(0).getIpv4Address();
        assertEquals(List.of("right0"), find(ip, Set.of()), "a whole address: " + ip);
        String mac = DUMBBELL.getNodes().get(1).getInterfaces().get(0).getMac();
        assertEquals(List.of("left1"), find(mac.toUpperCase(), Set.of()), "a MAC in any case");
        assertEquals(List.of("router0", "router1"), find("ip:10.2.3.", Set.of()), "an address prefix: the bottleneck's subnet");
        assertEquals(List.of(), find("nosuchnode", Set.of()));
    }

    @Test
    void filtersNarrowTheWords() {
        assertEquals(List.of("router0", "router1"), find("role:router", Set.of()));
        assertEquals(List.of("left1", "right1"), find("state:down", Set.of("left1", "right1")));
        assertEquals(List.of("right1"), find("right state:down", Set.of("left1", "right1")), "every word must match");
        assertEquals(List.of(), find("role:router state:down", Set.of("left1")));
    }

    @Test
    void anUnknownKeyIsRefusedWithTheKeysThereAre() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> TopologySearch.parse("colour:red"));
        assertTrue(refused.getMessage().contains("'colour:'") && refused.getMessage().contains("role:"), refused.getMessage());
    }
}
