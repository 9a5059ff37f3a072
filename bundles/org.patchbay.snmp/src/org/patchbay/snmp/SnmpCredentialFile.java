package org.patchbay.snmp;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

/**
 * Credentials kept in a file the user points to, never in a topology: the model names only a
 * credential id. Lines are {@code <id>.<key> = <value>}; keys: {@code version} (v3, v2c, v1),
 * {@code user}, {@code auth} (SHA512, SHA384, SHA256, SHA224, SHA1, MD5, NONE), {@code authPassphrase},
 * {@code privacy} (AES256, AES192, AES128, DES, NONE), {@code privacyPassphrase}, {@code community}.
 * The file must be readable by its owner only; messages never quote a secret.
 */
public final class SnmpCredentialFile {

    private final Path file;
    private final Properties entries = new Properties();

    private SnmpCredentialFile(Path file) {
        this.file = file;
    }

    public static SnmpCredentialFile open(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IOException("No SNMP credential file at " + file + "; create it (see docs) with mode 600");
        }
        Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
        for (PosixFilePermission p : permissions) {
            if (p.name().startsWith("GROUP") || p.name().startsWith("OTHERS")) {
                throw new IOException(file + " can be read by other users; it holds SNMP secrets. Fix: chmod 600 " + file);
            }
        }
        SnmpCredentialFile credentials = new SnmpCredentialFile(file);
        try (Reader reader = Files.newBufferedReader(file)) {
            credentials.entries.load(reader);
        }
        return credentials;
    }

    public Optional<SnmpCredentials> lookup(String id) throws IOException {
        String version = entries.getProperty(id + ".version");
        if (version == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(switch (version.trim().toLowerCase(Locale.ROOT)) {
                case "v3" -> SnmpCredentials.v3(required(id, "user"), SnmpCredentials.Auth.valueOf(required(id, "auth").toUpperCase(Locale.ROOT)),
                        entries.getProperty(id + ".authPassphrase"),
                        SnmpCredentials.Privacy.valueOf(entries.getProperty(id + ".privacy", "NONE").trim().toUpperCase(Locale.ROOT)),
                        entries.getProperty(id + ".privacyPassphrase"));
                case "v2c" -> SnmpCredentials.community(SnmpCredentials.Version.V2C, required(id, "community"));
                case "v1" -> SnmpCredentials.community(SnmpCredentials.Version.V1, required(id, "community"));
                default -> throw new IOException(file + ": " + id + ".version is '" + version + "'; use v3, v2c or v1");
            });
        } catch (IllegalArgumentException e) {
            throw new IOException(file + ": credential '" + id + "': " + e.getMessage(), e);
        }
    }

    private String required(String id, String key) throws IOException {
        String value = entries.getProperty(id + "." + key);
        if (value == null || value.isBlank()) {
            throw new IOException(file + ": credential '" + id + "' needs " + id + "." + key);
        }
        return value.trim();
    }
}
