package org.patchbay.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.patchbay.core.swapin.InventoryDiscovery;
import org.patchbay.core.swapin.SwapException;
import org.patchbay.core.swapin.SwapIns;
import org.patchbay.mapping.InventoryCsv;
import org.patchbay.model.Testbed;
import org.patchbay.model.persistence.ClusterFileException;
import org.patchbay.model.persistence.ClusterFiles;
import org.patchbay.snmp.SnmpClient;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code patchbay-cli inventory import|discover}: testbed inventories from CSV and from the switches. */
@Command(name = "inventory", description = "Testbed inventories (.testbed): import from CSV, discover cabling from the switches.",
        subcommands = {InventoryCommands.Import.class, InventoryCommands.Discover.class})
final class InventoryCommands implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a command: import or discover");
    }

    /** The largest CSV read: 80 000 rows of about 100 characters. */
    static final long MAX_CSV_BYTES = 16L << 20;

    static String readCsv(Path file) throws IOException {
        if (Files.size(file) > MAX_CSV_BYTES) {
            throw new IOException(file + " is larger than " + (MAX_CSV_BYTES >> 20) + " MB; split it");
        }
        return Files.readString(file);
    }

    @Command(name = "import", description = "Writes a .testbed from a CSV of machine interfaces "
            + "(machine,type,interface,mac,switch,port[,speed_mbps[,features]]) and optionally one of trunks (switch_a,port_a,switch_b,port_b[,capacity_mbps]).")
    static final class Import implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "MACHINES.csv")
        Path machines;
        @Option(names = "--trunks", paramLabel = "TRUNKS.csv")
        Path trunks;
        @Option(names = "--out", paramLabel = "OUT.testbed", required = true)
        Path out;
        @Option(names = "--name", description = "the testbed's name (default: the output file's)")
        String name;
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws IOException, InventoryCsv.InventoryException, ClusterFileException {
            String testbedName = name != null ? name : out.getFileName().toString().replaceFirst("\\.testbed$", "");
            Testbed testbed;
            try {
                testbed = InventoryCsv.read(testbedName, readCsv(machines), trunks == null ? null : readCsv(trunks));
            } catch (InventoryCsv.InventoryException e) {
                throw new InventoryCsv.InventoryException((e.getMessage().startsWith("trunks") ? trunks : machines) + ": " + e.getMessage());
            }
            ClusterFiles.saveTestbed(testbed, out);
            spec.commandLine().getOut().printf("%s: %d machines, %d switches, %d trunks%n", out, testbed.getMachines().size(), testbed.getSwitches().size(),
                    testbed.getTrunks().size());
            return 0;
        }
    }

    @Command(name = "discover", description = "Cables each machine interface to the switch port its LLDP neighbour or its MAC was seen on (LLDP-MIB, "
            + "Q-BRIDGE-MIB forwarding tables), adds or corrects trunks between switches that hear each other, and saves the inventory.")
    static final class Discover implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "INVENTORY.testbed")
        Path inventory;
        @Option(names = "--credentials", paramLabel = "FILE", required = true, description = "SNMP credentials file (0600) with the switches' credential ids")
        Path credentials;
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws IOException, ClusterFileException, SwapException {
            Testbed testbed = ClusterFiles.loadTestbed(inventory);
            InventoryDiscovery.Result result;
            try (SnmpClient snmp = new SnmpClient()) {
                result = InventoryDiscovery.discover(testbed, SwapIns.fromCredentials(snmp, credentials));
            }
            ClusterFiles.saveTestbed(testbed, inventory);
            PrintWriter out = spec.commandLine().getOut();
            out.printf("%s: %d cables set, %d trunks added or corrected, %d interfaces not seen, %d unknown neighbours%n", inventory,
                    result.cabled().size(), result.trunks().size(), result.unseen().size(), result.unknown().size());
            result.cabled().forEach(line -> out.println("  cabled: " + line));
            result.trunks().forEach(line -> out.println("  trunk: " + line));
            result.unseen().forEach(line -> out.println("  not seen: " + line));
            result.unknown().forEach(line -> out.println("  unknown: " + line));
            return 0;
        }
    }
}
