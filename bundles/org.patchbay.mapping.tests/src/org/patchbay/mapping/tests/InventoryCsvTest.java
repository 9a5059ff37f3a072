package org.patchbay.mapping.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.patchbay.cli.PatchbayCli;
import org.patchbay.mapping.InventoryCsv;
import org.patchbay.model.Machine;
import org.patchbay.model.Switch;
import org.patchbay.model.Testbed;
import org.patchbay.model.persistence.ClusterFiles;

class InventoryCsvTest {

    private static final String MACHINES = """
            machine,type,interface,mac,switch,port,speed_mbps,features
            pc1,pc3000,eth0,00:1B:21:3A:4F:10,leaf1,Gi0/1,1000,gpu;ssd
            pc1,pc3000,eth1,00-1b-21-3a-4f-11,leaf1,Gi0/2
            pc2,pc3000,eth0,00:1b:21:3a:4f:20,leaf2,Gi0/1,10000
            # a spare, not cabled yet
            pc3,pc850,eth0,,,
            """;

    @Test
    void machinesInterfacesPortsAndTrunksComeFromTheRows() throws Exception {
        Testbed testbed = InventoryCsv.read("lab", MACHINES, "switch_a,port_a,switch_b,port_b,capacity_mbps\nleaf1,Te1/1,leaf2,Te1/1,10000\n");
        assertEquals(3, testbed.getMachines().size());
        Machine pc1 = testbed.getMachines().get(0);
        assertEquals("pc3000", pc1.getHardwareType());
        assertEquals(List.of("gpu", "ssd"), pc1.getFeatures());
        assertEquals("00:1b:21:3a:4f:11", pc1.getInterfaces().get(1).getMac(), "MACs are kept in one form");
        assertEquals("Gi0/2", pc1.getInterfaces().get(1).getCabledTo().getName());
        assertEquals("leaf1", ((Switch) pc1.getInterfaces().get(1).getCabledTo().eContainer()).getName());
        assertEquals(10000, testbed.getMachines().get(1).getInterfaces().get(0).getSpeedMbps());
        assertEquals(null, testbed.getMachines().get(2).getInterfaces().get(0).getCabledTo());
        assertEquals(1, testbed.getTrunks().size());
        assertEquals("Te1/1", testbed.getTrunks().get(0).getEndA().getName());
        assertEquals(10000, testbed.getTrunks().get(0).getCapacityMbps());
        assertEquals(3, testbed.getSwitches().get(0).getPorts().size(), "two machine ports and the trunk port on leaf1");
    }

    @Test
    void aBadRowIsRefusedWithItsLineAndTheFix() {
        InventoryCsv.InventoryException badMac = assertThrows(InventoryCsv.InventoryException.class,
                () -> InventoryCsv.read("lab", "h\npc1,pc,eth0,00:1b:21,leaf1,1\n", null));
        assertEquals("machines line 2: '00:1b:21' is not a MAC address like 00:1b:21:3a:4f:10", badMac.getMessage());
        InventoryCsv.InventoryException fields = assertThrows(InventoryCsv.InventoryException.class,
                () -> InventoryCsv.read("lab", "h\npc1,pc,eth0\n", null));
        assertTrue(fields.getMessage().startsWith("machines line 2: 3 fields, expected 6 to 8"), fields.getMessage());
        InventoryCsv.InventoryException loop = assertThrows(InventoryCsv.InventoryException.class,
                () -> InventoryCsv.read("lab", "h\n", "h\nleaf1,1,leaf1,2\n"));
        assertTrue(loop.getMessage().contains("joins two different switches"), loop.getMessage());
    }

    @Test
    void theCommandLineWritesTheInventoryAndKeepsTheOldOneOnARefusal(@TempDir Path directory) throws Exception {
        Path csv = directory.resolve("machines.csv");
        Files.writeString(csv, MACHINES);
        Path out = directory.resolve("lab.testbed");
        StringWriter text = new StringWriter();
        StringWriter errors = new StringWriter();
        int exit = PatchbayCli.run(new PrintWriter(text, true), new PrintWriter(errors, true), "inventory", "import", csv.toString(), "--out", out.toString());
        assertEquals(0, exit, errors.toString());
        assertTrue(text.toString().contains("3 machines, 2 switches, 0 trunks"), text.toString());
        assertEquals(3, ClusterFiles.loadTestbed(out).getMachines().size());

        Files.writeString(csv, "h\npc1,pc,eth0,zz,leaf1,1\n");
        exit = PatchbayCli.run(new PrintWriter(text, true), new PrintWriter(errors, true), "inventory", "import", csv.toString(), "--out", out.toString());
        assertEquals(1, exit);
        assertTrue(errors.toString().contains(csv + ": machines line 2"), errors.toString());
        assertEquals(3, ClusterFiles.loadTestbed(out).getMachines().size(), "a refused import leaves the old inventory as it was");
    }
}
