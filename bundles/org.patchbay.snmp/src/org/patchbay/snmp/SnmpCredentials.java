package org.patchbay.snmp;

import java.util.Objects;

/**
 * How to talk to one device: SNMPv3 USM (user, authentication and privacy protocols and
 * passphrases) or, only where a device needs it, an SNMPv1/v2c community. {@link #toString()} never
 * shows a secret, so credentials can pass through logs and error messages safely.
 */
public final class SnmpCredentials {

    public enum Version {
        V3, V2C, V1
    }

    public enum Auth {
        SHA512, SHA384, SHA256, SHA224, SHA1, MD5, NONE
    }

    public enum Privacy {
        AES256, AES192, AES128, DES, NONE
    }

    private final Version version;
    private final String community;
    private final String user;
    private final Auth auth;
    private final char[] authPassphrase;
    private final Privacy privacy;
    private final char[] privacyPassphrase;

    private SnmpCredentials(Version version, String community, String user, Auth auth, char[] authPassphrase, Privacy privacy,
            char[] privacyPassphrase) {
        this.version = version;
        this.community = community;
        this.user = user;
        this.auth = auth;
        this.authPassphrase = authPassphrase;
        this.privacy = privacy;
        this.privacyPassphrase = privacyPassphrase;
    }

    /** SNMPv3 with authentication and privacy: what Patchbay offers first. */
    public static SnmpCredentials v3(String user, Auth auth, String authPassphrase, Privacy privacy, String privacyPassphrase) {
        if (auth != Auth.NONE && (authPassphrase == null || authPassphrase.length() < 8)) {
            throw new IllegalArgumentException("SNMPv3 user " + user + ": the authentication passphrase must have at least 8 characters (RFC 3414)");
        }
        if (privacy != Privacy.NONE && (privacyPassphrase == null || privacyPassphrase.length() < 8)) {
            throw new IllegalArgumentException("SNMPv3 user " + user + ": the privacy passphrase must have at least 8 characters (RFC 3414)");
        }
        if (privacy != Privacy.NONE && auth == Auth.NONE) {
            throw new IllegalArgumentException("SNMPv3 user " + user + ": privacy needs authentication; choose an authentication protocol");
        }
        return new SnmpCredentials(Version.V3, null, Objects.requireNonNull(user), auth, chars(authPassphrase), privacy, chars(privacyPassphrase));
    }

    /** SNMPv1 or v2c: the community travels in clear text, see {@link #warning()}. */
    public static SnmpCredentials community(Version version, String community) {
        if (version == Version.V3) {
            throw new IllegalArgumentException("a community is for SNMPv1 or v2c; SNMPv3 needs a user");
        }
        return new SnmpCredentials(version, Objects.requireNonNull(community), null, Auth.NONE, null, Privacy.NONE, null);
    }

    public Version version() {
        return version;
    }

    public String community() {
        return community;
    }

    public String user() {
        return user;
    }

    public Auth auth() {
        return auth;
    }

    public Privacy privacy() {
        return privacy;
    }

    char[] authPassphrase() {
        return authPassphrase;
    }

    char[] privacyPassphrase() {
        return privacyPassphrase;
    }

    /** What the user should be told about these credentials, or null when they are as safe as SNMP gets. */
    public String warning() {
        return switch (version) {
            case V1, V2C -> "SNMP" + (version == Version.V1 ? "v1" : "v2c")
                    + " sends its community in clear text and anyone on the path can read and replay it; use SNMPv3 authPriv where the device allows";
            case V3 -> auth == Auth.NONE ? "SNMPv3 without authentication: anyone can forge answers; use authPriv"
                    : privacy == Privacy.NONE ? "SNMPv3 without privacy: values travel in clear text; use authPriv" : null;
        };
    }

    @Override
    public String toString() {
        return version == Version.V3 ? "SNMPv3 user " + user + " (" + auth + "/" + privacy + ")" : "SNMP" + version.name().toLowerCase() + " community ****";
    }

    private static char[] chars(String s) {
        return s == null ? null : s.toCharArray();
    }
}
