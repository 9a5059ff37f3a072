package org.patchbay.agent.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.patchbay.agent.protocol.json.Json;
import org.patchbay.agent.protocol.json.JsonException;
import org.patchbay.agent.protocol.tls.CertificateAuthority;
import org.patchbay.agent.protocol.tls.TlsIdentity;
import org.patchbay.agent.protocol.wire.AgentEvent;
import org.patchbay.agent.protocol.wire.InterfaceInfo;
import org.patchbay.agent.protocol.wire.NodeStatus;
import org.patchbay.agent.protocol.wire.ProcessInfo;
import org.patchbay.agent.protocol.wire.WireFormat;

/** The wire format and the certificate authority, without a network. */
class ProtocolTest {

    @TempDir
    Path dir;

    @Test
    void eventsSurviveTheRoundTrip() throws Exception {
        AgentEvent event = new AgentEvent(7, "b00t", 1234, new NodeStatus("node \"a\"", "namespace", "0.1.0", 12.5, 2, 37.25, 0.5, 0.25, 0.125, 1000, 400),
                List.of(new InterfaceInfo("eth0", 1, 2, 3, 4, 5, 6, 7, 8, "up", 1000, 800.5, 900.25)), false,
                List.of(new ProcessInfo(42, 1, "root", "S", "sleep 30 \u00e9\n", 1.5, 4096)), List.of(9, 10));
        assertEquals(event, WireFormat.event(Json.write(WireFormat.toJson(event))));
    }

    @Test
    void malformedJsonSaysWhereAndWhat() throws Exception {
        JsonException e = assertThrows(JsonException.class, () -> Json.parse("{\"a\": [1, 2,, 3]}"));
        assertTrue(e.getMessage().contains("offset 12"), e.getMessage());
        JsonException missing = assertThrows(JsonException.class, () -> WireFormat.event("{\"seq\": 1}"));
        assertTrue(missing.getMessage().contains("'interfaces'"), missing.getMessage());
        assertEquals(Map.of("k", List.of(1L, 2.5, true)), Json.parse(" {\"k\" : [1, 2.5e0, true]} "));
        assertThrows(JsonException.class, () -> Json.parse("[".repeat(100) + "]".repeat(100)));
    }

    @Test
    void nodeCertificatesNameTheNodeAndChainToTheCa() throws Exception {
        CertificateAuthority ca = CertificateAuthority.openOrCreate(dir.resolve("ca"), "Test CA");
        TlsIdentity node = ca.issueNode("rack 3/node 7", List.of("n7.lab"), List.of(InetAddress.getByName("10.0.0.7")));
        assertEquals("rack 3/node 7", CertificateAuthority.nodeNameOf(node.certificate()).orElseThrow());
        node.certificate().verify(ca.certificate().getPublicKey());
        node.certificate().checkValidity();
        assertTrue(node.certificate().getSubjectAlternativeNames().stream().anyMatch(n -> n.get(1).equals("n7.lab")));
        assertTrue(node.certificate().getExtendedKeyUsage().contains("1.3.6.1.5.5.7.3.1"));
        assertEquals(-1, node.certificate().getBasicConstraints(), "not a CA");
        assertTrue(ca.certificate().getBasicConstraints() >= 0, "the root is a CA");
        assertTrue(CertificateAuthority.nodeNameOf(ca.issueClient("console").certificate()).isEmpty());
    }

    @Test
    void savedIdentitiesLoadBackWithPrivateKeysReadableOnlyByTheOwner() throws Exception {
        CertificateAuthority ca = CertificateAuthority.openOrCreate(dir.resolve("ca"), "Test CA");
        CertificateAuthority again = CertificateAuthority.openOrCreate(dir.resolve("ca"), "ignored: the CA exists");
        assertEquals(ca.certificate(), again.certificate(), "the CA is created once, then reused");
        TlsIdentity client = ca.issueClient("console");
        client.save(dir.resolve("out"), "console");
        TlsIdentity loaded = TlsIdentity.load(dir.resolve("out/console.pem"), dir.resolve("out/console-key.pem"));
        assertEquals(client.certificate(), loaded.certificate());
        assertEquals(client.key(), loaded.key());
        assertEquals(java.util.Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE),
                Files.getPosixFilePermissions(dir.resolve("out/console-key.pem")));
        java.io.IOException missing = assertThrows(java.io.IOException.class, () -> TlsIdentity.load(dir.resolve("nope.pem"), dir.resolve("nope-key.pem")));
        assertTrue(missing.getMessage().contains("nope.pem does not exist"), missing.getMessage());
    }
}
