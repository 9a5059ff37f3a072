package org.patchbay.agent.protocol.tls;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A private key with its certificate, as PEM files: {@code <name>.pem} (certificate) and
 * {@code <name>-key.pem} (PKCS#8 key, readable by its owner only). The same files work with curl
 * and openssl.
 */
public record TlsIdentity(PrivateKey key, X509Certificate certificate) {

    private static final Pattern PEM = Pattern.compile("-----BEGIN ([A-Z ]+)-----([A-Za-z0-9+/=\\s]+)-----END \\1-----");

    public static Path certificateFile(Path dir, String name) {
        return dir.resolve(name + ".pem");
    }

    public static Path keyFile(Path dir, String name) {
        return dir.resolve(name + "-key.pem");
    }

    public void save(Path dir, String name) throws IOException {
        Files.createDirectories(dir);
        writeAtomically(keyFile(dir, name), pem("PRIVATE KEY", key.getEncoded()), true);
        try {
            writeAtomically(certificateFile(dir, name), pem("CERTIFICATE", certificate.getEncoded()), false);
        } catch (CertificateException e) {
            throw new IOException("Cannot encode the certificate of " + name + ": " + e.getMessage(), e);
        }
    }

    /**
     * The private key as PEM (PKCS#8) with the public point written into the EC key as well. The JDK
     * leaves that optional field out; GnuTLS (which CRIU's TLS uses) refuses a key without it
     * ("ASN1 parser: Element was not found").
     */
    public String keyPemWithPublicKey() throws IOException {
        if (!(key instanceof java.security.interfaces.ECPrivateKey ec) || !(certificate.getPublicKey() instanceof java.security.interfaces.ECPublicKey pub)) {
            return pem("PRIVATE KEY", key.getEncoded());
        }
        int size = (ec.getParams().getCurve().getField().getFieldSize() + 7) / 8;
        if (size != 32) {
            throw new IOException("only P-256 keys are written for GnuTLS; this key has " + size * 8 + " bits");
        }
        byte[] point = Der.concat(new byte[] {0x04}, unsigned(pub.getW().getAffineX(), size), unsigned(pub.getW().getAffineY(), size));
        byte[] ecPrivateKey = Der.sequence(Der.integer(java.math.BigInteger.ONE), Der.octets(unsigned(ec.getS(), size)),
                Der.tagged(1, true, Der.bits(point, 0)));
        byte[] pkcs8 = Der.sequence(Der.integer(java.math.BigInteger.ZERO), Der.sequence(Der.oid("1.2.840.10045.2.1"), Der.oid("1.2.840.10045.3.1.7")),
                Der.octets(ecPrivateKey));
        return pem("PRIVATE KEY", pkcs8);
    }

    private static byte[] unsigned(java.math.BigInteger value, int size) {
        byte[] raw = value.toByteArray();
        byte[] out = new byte[size];
        int copy = Math.min(raw.length, size);
        System.arraycopy(raw, raw.length - copy, out, size - copy, copy);
        return out;
    }

    public static TlsIdentity load(Path certificatePem, Path keyPem) throws IOException {
        X509Certificate certificate = readCertificates(certificatePem).get(0);
        List<byte[]> keys = blocks(keyPem, "PRIVATE KEY");
        if (keys.isEmpty()) {
            throw new IOException(keyPem + " holds no PKCS#8 'PRIVATE KEY' block; convert it with: openssl pkcs8 -topk8 -nocrypt -in " + keyPem);
        }
        try {
            String algorithm = certificate.getPublicKey().getAlgorithm();
            PrivateKey key = KeyFactory.getInstance(algorithm).generatePrivate(new PKCS8EncodedKeySpec(keys.get(0)));
            return new TlsIdentity(key, certificate);
        } catch (GeneralSecurityException e) {
            throw new IOException(keyPem + " is not a private key for the certificate in " + certificatePem + ": " + e.getMessage(), e);
        }
    }

    public static List<X509Certificate> readCertificates(Path pem) throws IOException {
        List<X509Certificate> certificates = new ArrayList<>();
        try {
            CertificateFactory factory = CertificateFactory.getInstance("X.509");
            for (byte[] der : blocks(pem, "CERTIFICATE")) {
                certificates.add((X509Certificate) factory.generateCertificate(new java.io.ByteArrayInputStream(der)));
            }
        } catch (CertificateException e) {
            throw new IOException(pem + " holds a damaged certificate: " + e.getMessage(), e);
        }
        if (certificates.isEmpty()) {
            throw new IOException(pem + " holds no 'CERTIFICATE' block");
        }
        return certificates;
    }

    public static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }

    static void writeAtomically(Path target, String text, boolean secret) throws IOException {
        Path tmp = Files.createTempFile(target.toAbsolutePath().getParent(), "." + target.getFileName(), ".tmp");
        try {
            if (secret) {
                Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
            }
            Files.writeString(tmp, text);
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static List<byte[]> blocks(Path pem, String type) throws IOException {
        if (!Files.isRegularFile(pem)) {
            throw new IOException(pem + " does not exist; issue it with 'java -jar patchbay-agent.jar issue'");
        }
        List<byte[]> blocks = new ArrayList<>();
        Matcher m = PEM.matcher(Files.readString(pem, StandardCharsets.US_ASCII));
        while (m.find()) {
            if (m.group(1).equals(type)) {
                try {
                    blocks.add(Base64.getMimeDecoder().decode(m.group(2)));
                } catch (IllegalArgumentException e) {
                    throw new IOException(pem + ": damaged base64 in a " + type + " block", e);
                }
            }
        }
        return blocks;
    }
}
