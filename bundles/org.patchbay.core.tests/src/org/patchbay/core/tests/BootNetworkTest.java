package org.patchbay.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.patchbay.core.imaging.BootNetwork;
import org.patchbay.core.imaging.BootServer;
import org.patchbay.model.Cluster;
import org.patchbay.model.templates.TopologyTemplates;

/** The boot network of real machines: read from the console's file with clear refusals, and the nodes it can boot taken from the model. */
class BootNetworkTest {

    @TempDir
    Path dir;

    private Path file(String text) throws IOException {
        return Files.writeString(dir.resolve(BootNetwork.FILE), text);
    }

    @Test
    void aDescribedNetworkGivesEachNodeWithAMacOnItABootEntryAndNamesTheOthersWithTheFix() throws Exception {
        BootNetwork network = BootNetwork.load(file("interface = eth1\naddress = 10.0.0.250\nprefixLength = 24\ngroup = 239.1.0.1:7654\n"
                + "folder = /var/lib/patchbay/boot\nenvironment = /var/lib/patchbay/imaging-environment\n")).orElseThrow();
        assertEquals("255.255.255.0", network.netmask());
        assertEquals("10.0.0.250", network.settings().serverAddress());

        Cluster star = TopologyTemplates.star(3);
        star.getNodes().get(0).getInterfaces().get(0).setMac("52:54:00:00:00:10");
        star.getNodes().get(1).getInterfaces().get(0).setMac("");
        star.getNodes().get(2).getInterfaces().get(0).setIpv4Address("192.168.7.2");
        Map<String, String> missing = new LinkedHashMap<>();
        List<BootServer.Entry> entries = network.entries(star, List.of("node0", "node1", "node2"), missing);
        assertEquals(1, entries.size());
        assertEquals("node0", entries.get(0).node());
        assertEquals(star.getNodes().get(0).getInterfaces().get(0).getIpv4Address(), entries.get(0).address());
        assertTrue(missing.get("node1").contains("has no MAC address; set its MAC in Properties"), missing.get("node1"));
        assertTrue(missing.get("node2").contains("no interface on the boot network 10.0.0.250/24"), missing.get("node2"));
    }

    @Test
    void noFileMeansNoBootNetworkAndAWrongValueIsRefusedNamingTheKey() throws Exception {
        assertTrue(BootNetwork.load(dir.resolve("absent.properties")).isEmpty());
        IOException group = assertThrows(IOException.class, () -> BootNetwork.load(file("interface = eth1\naddress = 10.0.0.250\ngroup = 10.0.0.1:7654\n"
                + "folder = /b\nenvironment = /e\n")));
        assertTrue(group.getMessage().contains("group must be a multicast address and port"), group.getMessage());
        IOException missing = assertThrows(IOException.class, () -> BootNetwork.load(file("interface = eth1\n")));
        assertTrue(missing.getMessage().contains("has no 'address'"), missing.getMessage());
        IOException prefix = assertThrows(IOException.class, () -> BootNetwork.load(file("interface = eth1\naddress = 10.0.0.250\nprefixLength = 33\n"
                + "group = 239.1.0.1:7654\nfolder = /b\nenvironment = /e\n")));
        assertTrue(prefix.getMessage().contains("prefixLength must be a whole number from 8 to 30"), prefix.getMessage());
    }
}
