package org.patchbay.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.patchbay.model.Cluster;
import org.patchbay.model.Link;
import org.patchbay.model.Node;
import org.patchbay.model.PatchbayFactory;
import org.patchbay.model.PduProfile;
import org.patchbay.model.PowerController;
import org.patchbay.model.SnmpTarget;
import org.patchbay.model.SnmpVersion;
import org.patchbay.model.persistence.ClusterFileException;
import org.patchbay.model.persistence.ClusterFiles;
import org.patchbay.model.templates.TopologyTemplates;

class PersistenceTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"empty", "star", "ring", "dumbbell", "openmosix", "podos"})
    void roundTripPreservesEveryAttributeAndReference(String templateId) throws Exception {
        Cluster original = TopologyTemplates.byId(templateId).orElseThrow().create();
        Path file = dir.resolve(templateId + ".cluster");
        ClusterFiles.save(original, file);
        Cluster loaded = ClusterFiles.load(file);
        assertTrue(EcoreUtil.equals(original, loaded), "loaded " + templateId + " differs from what was saved");
    }

    @Test
    void positionsShapingPowerAndImagesSurviveSaveAndLoad() throws Exception {
        Cluster cluster = TopologyTemplates.openMosix();
        Node first = cluster.getNodes().get(0);
        first.setX(1234);
        first.setY(567);
        Link link = cluster.getLinks().get(0);
        link.setBandwidthBps(1_544_000);
        link.setDelayMs(12.5);
        link.setLossRate(0.025);
        link.setQueueLimit(30);
        PowerController pdu = PatchbayFactory.eINSTANCE.createPowerController();
        pdu.setName("pdu1");
        pdu.setVendorProfile(PduProfile.RARITAN_PDU2);
        SnmpTarget target = PatchbayFactory.eINSTANCE.createSnmpTarget();
        target.setHost("10.0.0.250");
        target.setVersion(SnmpVersion.V3);
        target.setCredentialId("pdu-admin");
        pdu.setSnmp(target);
        pdu.getOutlets().add(PatchbayFactory.eINSTANCE.createOutlet());
        cluster.getPowerControllers().add(pdu);
        first.setPowerOutlet(pdu.getOutlets().get(0));

        Path file = dir.resolve("om.cluster");
        ClusterFiles.save(cluster, file);
        Cluster loaded = ClusterFiles.load(file);
        Node loadedFirst = loaded.getNodes().get(0);
        assertEquals(1234, loadedFirst.getX());
        assertEquals(567, loadedFirst.getY());
        assertSame(loaded.getPowerControllers().get(0).getOutlets().get(0), loadedFirst.getPowerOutlet());
        assertSame(loaded.getImages().get(0), loadedFirst.getOsImage());
        Link loadedLink = loaded.getLinks().get(0);
        assertEquals(1_544_000, loadedLink.getBandwidthBps());
        assertEquals(12.5, loadedLink.getDelayMs());
        assertEquals(0.025, loadedLink.getLossRate());
        assertSame(loadedFirst.getInterfaces().get(0), loadedLink.getEndA());
        assertEquals("pdu-admin", loaded.getPowerControllers().get(0).getSnmp().getCredentialId());
    }

    @Test
    void savedFileHoldsNoSecretsOnlyTheCredentialReference() throws Exception {
        Cluster cluster = TopologyTemplates.star(2);
        SnmpTarget target = PatchbayFactory.eINSTANCE.createSnmpTarget();
        target.setCredentialId("switch-ro");
        cluster.getSwitches().get(0).setSnmp(target);
        Path file = dir.resolve("star.cluster");
        ClusterFiles.save(cluster, file);
        String xml = Files.readString(file);
        assertTrue(xml.contains("credentialId=\"switch-ro\""));
        assertFalse(xml.toLowerCase().contains("password") || xml.toLowerCase().contains("passphrase"));
    }

    @Test
    void missingFileIsNamedInTheError() {
        Path missing = dir.resolve("nope.cluster");
        ClusterFileException e = assertThrows(ClusterFileException.class, () -> ClusterFiles.load(missing));
        assertTrue(e.getMessage().contains(missing.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("no such file"), e.getMessage());
    }

    @Test
    void truncatedFileIsRefusedWithAClearErrorAndNothingStaysLoaded() throws Exception {
        Path file = dir.resolve("dumbbell.cluster");
        ClusterFiles.save(TopologyTemplates.dumbbell(), file);
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        ResourceSet resources = ClusterFiles.newResourceSet();
        ClusterFileException e = assertThrows(ClusterFileException.class, () -> ClusterFiles.load(resources, file));
        assertTrue(e.getMessage().contains(file.toString()) && e.getMessage().contains("damaged"), e.getMessage());
        assertTrue(resources.getResources().isEmpty(), "a failed load must leave nothing half-loaded");
    }

    @Test
    void foreignXmlIsRefused() throws Exception {
        Path file = dir.resolve("pom.cluster");
        Files.writeString(file, "<?xml version=\"1.0\"?><project><modelVersion>4.0.0</modelVersion></project>", StandardCharsets.UTF_8);
        ClusterFileException e = assertThrows(ClusterFileException.class, () -> ClusterFiles.load(file));
        assertTrue(e.getMessage().contains("Patchbay"), e.getMessage());
    }

    @Test
    void binaryGarbageIsRefused() throws Exception {
        Path file = dir.resolve("garbage.cluster");
        Files.write(file, new byte[] {0, 1, 2, 3, (byte) 0xff, 0x50, 0x4b});
        assertThrows(ClusterFileException.class, () -> ClusterFiles.load(file));
    }

    @Test
    void danglingReferenceIsRefused() throws Exception {
        Path file = dir.resolve("dangling.cluster");
        ClusterFiles.save(TopologyTemplates.dumbbell(), file);
        String xml = Files.readString(file);
        String firstEnd = xml.replaceFirst("(?s).*?endA=\"([^\"]+)\".*", "$1");
        Files.writeString(file, xml.replace("endA=\"" + firstEnd + "\"", "endA=\"no-such-interface\""));
        ClusterFileException e = assertThrows(ClusterFileException.class, () -> ClusterFiles.load(file));
        assertTrue(e.getMessage().contains("does not exist") || e.getMessage().contains("damaged"), e.getMessage());
    }

    @Test
    void saveIntoMissingFolderFailsAndSaysWhich() {
        Path file = dir.resolve("no/such/folder/x.cluster");
        ClusterFileException e = assertThrows(ClusterFileException.class, () -> ClusterFiles.save(TopologyTemplates.ring(3), file));
        assertTrue(e.getMessage().contains("does not exist"), e.getMessage());
    }

    @Test
    void aFileLargerThanTheLimitIsRefusedAtOnceSayingHowToRaiseIt() throws Exception {
        Path huge = dir.resolve("huge.cluster");
        try (java.io.RandomAccessFile file = new java.io.RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(65L << 20); // sparse: no time spent writing it
        }
        long start = System.nanoTime();
        org.patchbay.model.persistence.ClusterFileException refused = org.junit.jupiter.api.Assertions.assertThrows(
                org.patchbay.model.persistence.ClusterFileException.class, () -> ClusterFiles.load(huge));
        assertTrue((System.nanoTime() - start) / 1e9 < 5, "refused before reading it");
        assertTrue(refused.getMessage().contains("it is 65 MB, more than the 64 MB Patchbay opens"), refused.getMessage());
        assertTrue(refused.getMessage().contains("--max-file-size 66"), refused.getMessage());
        org.patchbay.model.persistence.ClusterFileException parsed = org.junit.jupiter.api.Assertions.assertThrows(
                org.patchbay.model.persistence.ClusterFileException.class, () -> ClusterFiles.load(huge, 128L << 20));
        assertTrue(parsed.getMessage().contains("not a readable Patchbay topology"), "with a higher limit it is read: " + parsed.getMessage());
    }
}
