package org.patchbay.agent.protocol.tls;

import java.net.Socket;
import java.security.Principal;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.Arrays;

import javax.net.ssl.SSLEngine;
import javax.net.ssl.X509ExtendedKeyManager;

/**
 * Presents one identity (a key and its chain) on both sides of a handshake, for the key types it
 * can sign with. It replaces a key manager built from an in-memory PKCS12 store, which encrypts
 * the key with PBKDF2 (10 000 rounds) only to decrypt it again: about 30 ms of CPU per identity,
 * half a minute for the thousand node identities one agent runtime loads.
 */
final class OneIdentityKeyManager extends X509ExtendedKeyManager {

    private static final String ALIAS = "identity";

    private final PrivateKey key;
    private final X509Certificate[] chain;

    OneIdentityKeyManager(PrivateKey key, X509Certificate[] chain) {
        this.key = key;
        this.chain = chain.clone();
    }

    private String aliasFor(String keyType) {
        return keyType != null && keyType.equals(key.getAlgorithm()) ? ALIAS : null;
    }

    private String aliasForAny(String[] keyTypes) {
        return keyTypes == null ? null : Arrays.stream(keyTypes).map(this::aliasFor).filter(a -> a != null).findFirst().orElse(null);
    }

    @Override
    public String[] getClientAliases(String keyType, Principal[] issuers) {
        return aliasFor(keyType) == null ? null : new String[] {ALIAS};
    }

    @Override
    public String chooseClientAlias(String[] keyTypes, Principal[] issuers, Socket socket) {
        return aliasForAny(keyTypes);
    }

    @Override
    public String chooseEngineClientAlias(String[] keyTypes, Principal[] issuers, SSLEngine engine) {
        return aliasForAny(keyTypes);
    }

    @Override
    public String[] getServerAliases(String keyType, Principal[] issuers) {
        return aliasFor(keyType) == null ? null : new String[] {ALIAS};
    }

    @Override
    public String chooseServerAlias(String keyType, Principal[] issuers, Socket socket) {
        return aliasFor(keyType);
    }

    @Override
    public String chooseEngineServerAlias(String keyType, Principal[] issuers, SSLEngine engine) {
        return aliasFor(keyType);
    }

    @Override
    public X509Certificate[] getCertificateChain(String alias) {
        return ALIAS.equals(alias) ? chain.clone() : null;
    }

    @Override
    public PrivateKey getPrivateKey(String alias) {
        return ALIAS.equals(alias) ? key : null;
    }
}
