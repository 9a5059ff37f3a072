package org.patchbay.agent.protocol.tls;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The small certificate authority a console (or a lab) keeps: an ECDSA P-256 root in
 * {@code ca.pem} / {@code ca-key.pem}, which issues node certificates (server auth, naming the node)
 * and console certificates (client auth). Agents trust only clients that chain to it; the console
 * trusts only agents whose certificate names the node it expects.
 */
public final class CertificateAuthority {

    public static final String CA_NAME = "ca";
    /** Subject alternative name URI that carries the node's name exactly as the model spells it. */
    public static final String NODE_URI_PREFIX = "urn:patchbay:node:";

    private static final String SHA256_WITH_ECDSA = "1.2.840.10045.4.3.2";
    private static final String SERVER_AUTH = "1.3.6.1.5.5.7.3.1";
    private static final String CLIENT_AUTH = "1.3.6.1.5.5.7.3.2";
    private static final Pattern DNS_NAME = Pattern.compile("(?=.{1,253}$)([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*");

    private final TlsIdentity root;
    private final SecureRandom random = new SecureRandom();

    private CertificateAuthority(TlsIdentity root) {
        this.root = root;
    }

    /** Opens the CA in {@code dir}, creating it (valid 10 years) when there is none yet. */
    public static CertificateAuthority openOrCreate(Path dir, String commonName) throws IOException {
        Path certificate = TlsIdentity.certificateFile(dir, CA_NAME);
        if (Files.exists(certificate)) {
            return new CertificateAuthority(TlsIdentity.load(certificate, TlsIdentity.keyFile(dir, CA_NAME)));
        }
        CertificateAuthority ca = create(commonName);
        ca.root.save(dir, CA_NAME);
        return ca;
    }

    public static CertificateAuthority create(String commonName) throws IOException {
        try {
            KeyPair keys = newKeyPair();
            CertificateAuthority unsigned = new CertificateAuthority(null);
            byte[] name = unsigned.name(commonName);
            byte[] keyId = keyIdentifier(keys.getPublic());
            List<byte[]> extensions = List.of(
                    extension("2.5.29.19", true, Der.sequence(Der.bool(true))),
                    extension("2.5.29.15", true, Der.bits(new byte[] {0x06}, 1)),
                    extension("2.5.29.14", false, Der.octets(keyId)));
            X509Certificate certificate = unsigned.sign(name, name, keys.getPublic(), extensions, 3650, keys.getPrivate());
            return new CertificateAuthority(new TlsIdentity(keys.getPrivate(), certificate));
        } catch (GeneralSecurityException e) {
            throw new IOException("Cannot create a certificate authority: " + e.getMessage(), e);
        }
    }

    public X509Certificate certificate() {
        return root.certificate();
    }

    /**
     * A certificate for the agent on {@code node}, valid 2 years, with extra DNS names and IP addresses
     * for curl. It serves the node's API and is the node's client certificate when it hands a job's
     * migration to another node's agent.
     */
    public TlsIdentity issueNode(String node, Collection<String> dnsNames, Collection<InetAddress> addresses) throws IOException {
        List<byte[]> names = new ArrayList<>();
        names.add(Der.tagged(6, false, (NODE_URI_PREFIX + URLEncoder.encode(node, StandardCharsets.UTF_8)).getBytes(StandardCharsets.US_ASCII)));
        List<String> dns = new ArrayList<>(dnsNames);
        if (DNS_NAME.matcher(node).matches() && !dns.contains(node)) {
            dns.add(0, node);
        }
        for (String d : dns) {
            if (!DNS_NAME.matcher(d).matches()) {
                throw new IOException("'" + d + "' is not a DNS name; use letters, digits, '-' and '.'");
            }
            names.add(Der.tagged(2, false, d.getBytes(StandardCharsets.US_ASCII)));
        }
        for (InetAddress address : addresses) {
            names.add(Der.tagged(7, false, address.getAddress()));
        }
        return issue(node, List.of(SERVER_AUTH, CLIENT_AUTH), Der.sequence(names.toArray(byte[][]::new)), 730);
    }

    /** A client certificate for a console (or a tool) that talks to agents, valid 2 years. */
    public TlsIdentity issueClient(String name) throws IOException {
        return issue(name, List.of(CLIENT_AUTH), null, 730);
    }

    /** The node a certificate names in its {@code urn:patchbay:node:} alternative name, if it names one. */
    public static Optional<String> nodeNameOf(X509Certificate certificate) {
        try {
            Collection<List<?>> names = certificate.getSubjectAlternativeNames();
            if (names != null) {
                for (List<?> name : names) {
                    if (Integer.valueOf(6).equals(name.get(0)) && name.get(1) instanceof String uri && uri.startsWith(NODE_URI_PREFIX)) {
                        return Optional.of(URLDecoder.decode(uri.substring(NODE_URI_PREFIX.length()), StandardCharsets.UTF_8));
                    }
                }
            }
        } catch (CertificateParsingException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private TlsIdentity issue(String commonName, List<String> keyPurposes, byte[] subjectAltNames, int days) throws IOException {
        try {
            KeyPair keys = newKeyPair();
            List<byte[]> extensions = new ArrayList<>();
            extensions.add(extension("2.5.29.19", true, Der.sequence()));
            extensions.add(extension("2.5.29.15", true, Der.bits(new byte[] {(byte) 0x80}, 7)));
            extensions.add(extension("2.5.29.37", false, Der.sequence(keyPurposes.stream().map(Der::oid).toArray(byte[][]::new))));
            extensions.add(extension("2.5.29.14", false, Der.octets(keyIdentifier(keys.getPublic()))));
            extensions.add(extension("2.5.29.35", false, Der.sequence(Der.tagged(0, false, keyIdentifier(root.certificate().getPublicKey())))));
            if (subjectAltNames != null) {
                extensions.add(extension("2.5.29.17", false, subjectAltNames));
            }
            X509Certificate certificate = sign(root.certificate().getSubjectX500Principal().getEncoded(), name(commonName), keys.getPublic(),
                    extensions, days, root.key());
            return new TlsIdentity(keys.getPrivate(), certificate);
        } catch (GeneralSecurityException e) {
            throw new IOException("Cannot issue a certificate for " + commonName + ": " + e.getMessage(), e);
        }
    }

    private X509Certificate sign(byte[] issuer, byte[] subject, PublicKey subjectKey, List<byte[]> extensions, int days, PrivateKey signer)
            throws GeneralSecurityException {
        byte[] algorithm = Der.sequence(Der.oid(SHA256_WITH_ECDSA));
        ZonedDateTime now = ZonedDateTime.now().minusMinutes(5);
        byte[] tbs = Der.sequence(
                Der.tagged(0, true, Der.integer(BigInteger.TWO)),
                Der.integer(new BigInteger(127, random).add(BigInteger.ONE)),
                algorithm,
                issuer,
                Der.sequence(Der.time(now), Der.time(now.plusDays(days))),
                subject,
                subjectKey.getEncoded(),
                Der.tagged(3, true, Der.sequence(extensions.toArray(byte[][]::new))));
        Signature signature = Signature.getInstance("SHA256withECDSA");
        signature.initSign(signer);
        signature.update(tbs);
        byte[] der = Der.sequence(tbs, algorithm, Der.bits(signature.sign(), 0));
        return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(der));
    }

    private byte[] name(String commonName) {
        return Der.sequence(
                Der.set(Der.sequence(Der.oid("2.5.4.10"), Der.utf8("Patchbay"))),
                Der.set(Der.sequence(Der.oid("2.5.4.3"), Der.utf8(commonName))));
    }

    private static byte[] extension(String oid, boolean critical, byte[] value) {
        return critical ? Der.sequence(Der.oid(oid), Der.bool(true), Der.octets(value)) : Der.sequence(Der.oid(oid), Der.octets(value));
    }

    private static byte[] keyIdentifier(PublicKey key) throws GeneralSecurityException {
        return Arrays.copyOf(MessageDigest.getInstance("SHA-256").digest(key.getEncoded()), 20);
    }

    private static KeyPair newKeyPair() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        return generator.generateKeyPair();
    }
}
