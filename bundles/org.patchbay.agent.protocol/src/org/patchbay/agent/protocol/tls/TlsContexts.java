package org.patchbay.agent.protocol.tls;

import java.io.IOException;
import java.net.Socket;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;

import javax.net.ssl.KeyManager;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedTrustManager;
import javax.net.ssl.X509TrustManager;

/**
 * TLS 1.3 contexts for both ends of the agent protocol. The agent's context trusts only client
 * certificates that chain to the CA; the console's trusts only agent certificates that chain to the
 * CA and name the node expected at the address it dialled ({@link ExpectedPeers}).
 */
public final class TlsContexts {

    public static final String PROTOCOL = "TLSv1.3";

    private TlsContexts() {
    }

    public static SSLContext agent(TlsIdentity identity, X509Certificate ca) throws IOException {
        try {
            SSLContext context = SSLContext.getInstance(PROTOCOL);
            context.init(keyManagers(identity, ca), new TrustManager[] {chainTrust(ca)}, null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IOException("Cannot set up the agent's TLS: " + e.getMessage(), e);
        }
    }

    public static SSLContext console(TlsIdentity identity, X509Certificate ca, ExpectedPeers peers) throws IOException {
        try {
            SSLContext context = SSLContext.getInstance(PROTOCOL);
            context.init(keyManagers(identity, ca), new TrustManager[] {new NodeNameTrust(chainTrust(ca), peers)}, null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IOException("Cannot set up the console's TLS: " + e.getMessage(), e);
        }
    }

    /** Server parameters: TLS 1.3 only, a client certificate required. */
    public static SSLParameters requireClientCertificate(SSLContext context) {
        SSLParameters parameters = context.getDefaultSSLParameters();
        parameters.setProtocols(new String[] {PROTOCOL});
        parameters.setNeedClientAuth(true);
        return parameters;
    }

    private static KeyManager[] keyManagers(TlsIdentity identity, X509Certificate ca) {
        return new KeyManager[] {new OneIdentityKeyManager(identity.key(), new X509Certificate[] {identity.certificate(), ca})};
    }

    private static X509TrustManager chainTrust(X509Certificate ca) throws GeneralSecurityException, IOException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setCertificateEntry("ca", ca);
        TrustManagerFactory factory = TrustManagerFactory.getInstance("PKIX");
        factory.init(store);
        for (TrustManager manager : factory.getTrustManagers()) {
            if (manager instanceof X509TrustManager x509) {
                return x509;
            }
        }
        throw new GeneralSecurityException("no X.509 trust manager");
    }

    /**
     * Checks the chain without the JDK's host name rule (lab agents are dialled by address), then
     * checks that the certificate names the node expected at that address.
     */
    private static final class NodeNameTrust extends X509ExtendedTrustManager {
        private final X509TrustManager chain;
        private final ExpectedPeers peers;

        NodeNameTrust(X509TrustManager chain, ExpectedPeers peers) {
            this.chain = chain;
            this.peers = peers;
        }

        @Override
        public void checkServerTrusted(X509Certificate[] certificates, String authType, SSLEngine engine) throws CertificateException {
            check(certificates, authType, engine.getPeerHost(), engine.getPeerPort());
        }

        @Override
        public void checkServerTrusted(X509Certificate[] certificates, String authType, Socket socket) throws CertificateException {
            check(certificates, authType, socket.getInetAddress().getHostAddress(), socket.getPort());
        }

        @Override
        public void checkServerTrusted(X509Certificate[] certificates, String authType) throws CertificateException {
            throw new CertificateException("agent certificates are checked against the address dialled; no address given");
        }

        private void check(X509Certificate[] certificates, String authType, String host, int port) throws CertificateException {
            chain.checkServerTrusted(certificates, authType);
            String expected = peers.nodeAt(host, port)
                    .orElseThrow(() -> new CertificateException("no node is expected at " + host + ":" + port));
            String named = CertificateAuthority.nodeNameOf(certificates[0])
                    .orElseThrow(() -> new CertificateException("the certificate at " + host + ":" + port + " names no Patchbay node"));
            if (!named.equals(expected)) {
                throw new CertificateException("the agent at " + host + ":" + port + " is '" + named + "', expected '" + expected + "'");
            }
        }

        @Override
        public void checkClientTrusted(X509Certificate[] certificates, String authType, SSLEngine engine) throws CertificateException {
            throw new CertificateException("the console does not accept clients");
        }

        @Override
        public void checkClientTrusted(X509Certificate[] certificates, String authType, Socket socket) throws CertificateException {
            throw new CertificateException("the console does not accept clients");
        }

        @Override
        public void checkClientTrusted(X509Certificate[] certificates, String authType) throws CertificateException {
            throw new CertificateException("the console does not accept clients");
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return chain.getAcceptedIssuers();
        }
    }
}
