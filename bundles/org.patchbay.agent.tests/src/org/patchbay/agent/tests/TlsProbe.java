package org.patchbay.agent.tests;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.KeyStore;
import java.security.cert.X509Certificate;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManagerFactory;

import org.patchbay.agent.protocol.tls.TlsIdentity;

/** Raw sockets for what a normal client would never do: TLS without a certificate, with a foreign one, or no TLS at all. */
final class TlsProbe {

    private static final String REQUEST = "GET /v1/status HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n";
    private final int port;

    TlsProbe(int port) {
        this.port = port;
    }

    String withoutClientCertificate(X509Certificate trusted) throws Exception {
        return exchange(context(null, null, trusted));
    }

    String withClientCertificate(TlsIdentity identity, X509Certificate issuer, X509Certificate trusted) throws Exception {
        return exchange(context(identity, issuer, trusted));
    }

    /** Sends {@code request} as written (framing errors included) with a client certificate; the answer's first line, or how it ended. */
    String raw(TlsIdentity identity, X509Certificate issuer, X509Certificate trusted, String request) throws Exception {
        try (SSLSocket socket = (SSLSocket) context(identity, issuer, trusted).getSocketFactory().createSocket("127.0.0.1", port)) {
            socket.setSoTimeout(20_000);
            socket.startHandshake();
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            StringBuilder line = new StringBuilder();
            InputStream in = socket.getInputStream();
            for (int c = in.read(); c >= 0 && c != '\n'; c = in.read()) {
                line.append((char) c);
            }
            return line.length() == 0 ? "closed without an answer" : line.toString().trim();
        } catch (java.net.SocketTimeoutException e) {
            return "no answer within 20 s";
        }
    }

    String plainHttp() throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(5000);
            socket.getOutputStream().write(REQUEST.getBytes(StandardCharsets.US_ASCII));
            return new String(socket.getInputStream().readNBytes(64), StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            return "refused: " + e;
        }
    }

    private String exchange(SSLContext context) throws IOException {
        try (SSLSocket socket = (SSLSocket) context.getSocketFactory().createSocket("127.0.0.1", port)) {
            socket.setSoTimeout(5000);
            socket.setEnabledProtocols(new String[] {"TLSv1.3"});
            socket.startHandshake();
            OutputStream out = socket.getOutputStream();
            out.write(REQUEST.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            byte[] answer = in.readNBytes(12);
            return answer.length == 0 ? "refused: connection closed" : new String(answer, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            return "refused: " + e;
        }
    }

    private static SSLContext context(TlsIdentity identity, X509Certificate issuer, X509Certificate trusted) throws Exception {
        KeyStore trust = KeyStore.getInstance("PKCS12");
        trust.load(null, null);
        trust.setCertificateEntry("ca", trusted);
        TrustManagerFactory tmf = TrustManagerFactory.getInstance("PKIX");
        tmf.init(trust);
        KeyManagerFactory kmf = null;
        if (identity != null) {
            KeyStore keys = KeyStore.getInstance("PKCS12");
            keys.load(null, null);
            keys.setKeyEntry("me", identity.key(), new char[0], new X509Certificate[] {identity.certificate(), issuer});
            kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            kmf.init(keys, new char[0]);
        }
        SSLContext context = SSLContext.getInstance("TLSv1.3");
        context.init(kmf == null ? null : kmf.getKeyManagers(), tmf.getTrustManagers(), null);
        return context;
    }
}
