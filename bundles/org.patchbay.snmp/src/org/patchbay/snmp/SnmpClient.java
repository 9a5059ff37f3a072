package org.patchbay.snmp;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;

import org.snmp4j.CommunityTarget;
import org.snmp4j.MessageDispatcherImpl;
import org.snmp4j.PDU;
import org.snmp4j.PDUv1;
import org.snmp4j.SNMP4JSettings;
import org.snmp4j.ScopedPDU;
import org.snmp4j.Snmp;
import org.snmp4j.Target;
import org.snmp4j.UserTarget;
import org.snmp4j.asn1.BER;
import org.snmp4j.event.ResponseEvent;
import org.snmp4j.event.ResponseListener;
import org.snmp4j.mp.MPv1;
import org.snmp4j.mp.MPv2c;
import org.snmp4j.mp.MPv3;
import org.snmp4j.mp.SnmpConstants;
import org.snmp4j.security.AuthHMAC128SHA224;
import org.snmp4j.security.AuthHMAC192SHA256;
import org.snmp4j.security.AuthHMAC256SHA384;
import org.snmp4j.security.AuthHMAC384SHA512;
import org.snmp4j.security.AuthMD5;
import org.snmp4j.security.AuthSHA;
import org.snmp4j.security.PrivAES128;
import org.snmp4j.security.PrivAES192;
import org.snmp4j.security.PrivAES256;
import org.snmp4j.security.PrivDES;
import org.snmp4j.security.SecurityLevel;
import org.snmp4j.security.SecurityProtocols;
import org.snmp4j.security.USM;
import org.snmp4j.security.UsmUser;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.OctetString;
import org.snmp4j.smi.UdpAddress;
import org.snmp4j.smi.Variable;
import org.snmp4j.smi.VariableBinding;
import org.snmp4j.transport.DefaultUdpTransportMapping;

/**
 * One SNMP engine for the whole console: asynchronous GET, SET and table reads to any number of
 * devices at once, each with its own timeout. Answers are handed to a small pool, never run on the
 * receive thread, so a slow consumer cannot hold up another device's answers. BER length checks
 * stay on (the SNMP4J default, asserted at start).
 */
public final class SnmpClient implements AutoCloseable {

    private static final OID USM_STATS = new OID("1.3.6.1.6.3.15.1.1");
    private static final int MAX_REPETITIONS = 25;
    /** Values per GETBULK answer when columns are read side by side: about two Ethernet frames' worth. */
    private static final int VALUES_PER_ANSWER = 50;

    private final Snmp snmp;
    private final ExecutorService callbacks;
    /**
     * One SNMP engine per SNMPv3 identity (user and keys): USM keys users by name, so two devices
     * with the same user name and different keys (the lab's PDU and its switches, or a wrong key
     * being tried) must not share one, and a user is never removed while a request is in flight.
     */
    private final Map<String, Snmp> v3Engines = new java.util.concurrent.ConcurrentHashMap<>();
    private final java.util.concurrent.atomic.AtomicLong requests = new java.util.concurrent.atomic.AtomicLong();
    /**
     * Requests on the wire at once. Beyond this they wait in a queue: a hundred switches answering
     * together overflow the socket's receive buffer, and a dropped answer costs a whole timeout.
     */
    private static final int MAX_IN_FLIGHT = 32;
    private final java.util.concurrent.atomic.AtomicInteger inFlight = new java.util.concurrent.atomic.AtomicInteger();
    private final java.util.Queue<Runnable> waiting = new java.util.concurrent.ConcurrentLinkedQueue<>();

    public SnmpClient() throws IOException {
        if (!BER.isCheckSequenceLength()) {
            throw new IllegalStateException("BER sequence length checks are off; something switched them off, and Patchbay will not run without them");
        }
        // RFC 3412 7.2.11: a device that cannot check our digest can only answer with an unauthenticated
        // report (usmStatsWrongDigests ...). Accepting those is how a wrong key reads as "authentication
        // failure" instead of a timeout, as net-snmp's tools do. Such a report only ever fails a request;
        // no value is taken from it. (SNMP4J keeps this setting globally; it is the same for every client.)
        SNMP4JSettings.setReportSecurityLevelStrategy(SNMP4JSettings.ReportSecurityLevelStrategy.noAuthNoPrivIfNeeded);
        snmp = engine(null);
        callbacks = Executors.newFixedThreadPool(2, daemon());
    }

    /** An engine with v1, v2c and (with {@code user}) one SNMPv3 user, listening on its own UDP socket. */
    private static Snmp engine(UsmUser user) throws IOException {
        SecurityProtocols protocols = new SecurityProtocols(SecurityProtocols.SecurityProtocolSet.maxCompatibility);
        USM usm = new USM(protocols, new OctetString(MPv3.createLocalEngineID()), 0);
        if (user != null) {
            usm.addUser(user.getSecurityName(), user);
        }
        MessageDispatcherImpl dispatcher = new MessageDispatcherImpl();
        dispatcher.addMessageProcessingModel(new MPv1());
        dispatcher.addMessageProcessingModel(new MPv2c());
        dispatcher.addMessageProcessingModel(new MPv3(usm));
        Snmp engine = new Snmp(dispatcher, new DefaultUdpTransportMapping());
        engine.listen();
        return engine;
    }

    /** GET of the given OIDs: values in the same order. */
    public CompletableFuture<List<Variable>> get(SnmpDevice device, List<OID> oids) {
        PDU pdu = newPdu(device, PDU.GET);
        oids.forEach(oid -> pdu.add(new VariableBinding(oid)));
        return send(device, pdu).thenApply(response -> {
            List<Variable> values = new ArrayList<>();
            for (VariableBinding vb : response.getVariableBindings()) {
                if (vb.getVariable().isException()) {
                    throw new java.util.concurrent.CompletionException(new SnmpException(SnmpException.Kind.NO_SUCH_OBJECT,
                            device.name() + ": " + vb.getOid() + " does not exist on this device (" + vb.getVariable() + ")"));
                }
                values.add(vb.getVariable());
            }
            return values;
        });
    }

    public CompletableFuture<Variable> get(SnmpDevice device, OID oid) {
        return get(device, List.of(oid)).thenApply(values -> values.get(0));
    }

    /** SET of one object; completes with the value the device answered with. */
    public CompletableFuture<Variable> set(SnmpDevice device, OID oid, Variable value) {
        PDU pdu = newPdu(device, PDU.SET);
        pdu.add(new VariableBinding(oid, value));
        return send(device, pdu).thenApply(response -> response.get(0).getVariable());
    }

    /**
     * SET of several objects in one request, as row creation with createAndGo needs: the device
     * applies all or none. Completes with the values it answered with, in order.
     */
    public CompletableFuture<List<Variable>> set(SnmpDevice device, List<VariableBinding> bindings) {
        PDU pdu = newPdu(device, PDU.SET);
        bindings.forEach(pdu::add);
        return send(device, pdu).thenApply(response -> response.getVariableBindings().stream().map(VariableBinding::getVariable).toList());
    }

    /** Rows of a table read; {@code alongside} holds, per row, the value of the extra object read in the same answer. */
    public record Table(Map<OID, Map<OID, Variable>> rows, Map<OID, Variable> alongside) {
    }

    /**
     * Reads table columns (GETBULK on v2c/v3, GETNEXT on v1), walking all of them side by side
     * until each leaves its subtree. Result: row index (the OID suffix) -> column -> value; a column
     * the device does not have is simply absent.
     */
    public CompletableFuture<Map<OID, Map<OID, Variable>>> table(SnmpDevice device, List<OID> columns) {
        return table(device, columns, null).thenApply(Table::rows);
    }

    /**
     * Like {@link #table(SnmpDevice, List)}, and asks in every request for the object after
     * {@code alongside} too (e.g. sysUpTime), so each row comes with the value read in the very same
     * answer: counters and the time they were read can never come from different moments.
     */
    public CompletableFuture<Table> table(SnmpDevice device, List<OID> columns, OID alongside) {
        Table table = new Table(new LinkedHashMap<>(), new LinkedHashMap<>());
        CompletableFuture<Table> done = new CompletableFuture<>();
        walkStep(device, columns, new ArrayList<>(columns), table, alongside, done, 0);
        return done;
    }

    /** Every object under {@code root}, in order (GETBULK with 25 repetitions; GETNEXT on v1). */
    public CompletableFuture<List<VariableBinding>> walk(SnmpDevice device, OID root) {
        CompletableFuture<List<VariableBinding>> done = new CompletableFuture<>();
        subtreeStep(device, root, root, new ArrayList<>(), done);
        return done;
    }

    private void subtreeStep(SnmpDevice device, OID root, OID from, List<VariableBinding> found, CompletableFuture<List<VariableBinding>> done) {
        boolean v1 = device.credentials().version() == SnmpCredentials.Version.V1;
        PDU pdu = newPdu(device, v1 ? PDU.GETNEXT : PDU.GETBULK);
        if (!v1) {
            pdu.setMaxRepetitions(MAX_REPETITIONS);
        }
        pdu.add(new VariableBinding(from));
        send(device, pdu).whenComplete((response, failure) -> {
            if (failure != null) {
                done.completeExceptionally(failure);
                return;
            }
            OID last = null;
            for (VariableBinding vb : response.getVariableBindings()) {
                if (vb.getVariable().isException() || !vb.getOid().startsWith(root) || (last != null && vb.getOid().compareTo(last) <= 0)) {
                    done.complete(found);
                    return;
                }
                found.add(vb);
                last = vb.getOid();
            }
            if (last == null || found.size() > 1_000_000) {
                done.complete(found);
            } else {
                subtreeStep(device, root, last, found, done);
            }
        });
    }

    private void walkStep(SnmpDevice device, List<OID> columns, List<OID> cursors, Table table, OID alongside, CompletableFuture<Table> done,
            int rounds) {
        Map<OID, Map<OID, Variable>> rows = table.rows();
        List<Integer> active = new ArrayList<>();
        for (int i = 0; i < cursors.size(); i++) {
            if (cursors.get(i) != null) {
                active.add(i);
            }
        }
        if (active.isEmpty() || rounds > 100_000) {
            done.complete(table);
            return;
        }
        boolean v1 = device.credentials().version() == SnmpCredentials.Version.V1;
        PDU pdu = newPdu(device, v1 ? PDU.GETNEXT : PDU.GETBULK);
        int skip = alongside == null ? 0 : 1;
        if (!v1) {
            pdu.setMaxRepetitions(Math.max(1, VALUES_PER_ANSWER / active.size()));
            pdu.setNonRepeaters(skip);
        }
        if (alongside != null) {
            pdu.add(new VariableBinding(alongside));
        }
        for (int i : active) {
            pdu.add(new VariableBinding(cursors.get(i)));
        }
        send(device, pdu).whenComplete((response, failure) -> {
            if (failure != null) {
                done.completeExceptionally(failure);
                return;
            }
            List<? extends VariableBinding> all = response.getVariableBindings();
            Variable extra = skip == 1 && !all.isEmpty() ? all.get(0).getVariable() : null;
            List<? extends VariableBinding> vbs = all.subList(Math.min(skip, all.size()), all.size());
            int width = active.size();
            for (int k = 0; k < active.size(); k++) {
                cursors.set(active.get(k), null);
            }
            for (int n = 0; n < vbs.size(); n++) {
                int column = active.get(n % width);
                VariableBinding vb = vbs.get(n);
                OID base = columns.get(column);
                if (vb.getVariable().isException() || !vb.getOid().startsWith(base) || vb.getOid().size() <= base.size()) {
                    cursors.set(column, null);
                    continue;
                }
                OID index = new OID(vb.getOid().getValue(), base.size(), vb.getOid().size() - base.size());
                rows.computeIfAbsent(index, i -> new LinkedHashMap<>()).put(base, vb.getVariable());
                if (extra != null) {
                    table.alongside().putIfAbsent(index, extra);
                }
                cursors.set(column, vb.getOid());
            }
            // a column whose last answer left its subtree is finished; the others go on from their last OID
            for (int n = vbs.size() - width; n >= 0 && n < vbs.size(); n++) {
                int column = active.get(n % width);
                VariableBinding vb = vbs.get(n);
                if (vb.getVariable().isException() || !vb.getOid().startsWith(columns.get(column))) {
                    cursors.set(column, null);
                }
            }
            walkStep(device, columns, cursors, table, alongside, done, rounds + 1);
        });
    }

    /** Requests sent so far (each PDU once, not counting SNMP4J's retries). */
    public long requestsSent() {
        return requests.get();
    }

    @Override
    public void close() throws IOException {
        snmp.close();
        for (Snmp engine : v3Engines.values()) {
            engine.close();
        }
        callbacks.shutdownNow();
    }

    private PDU newPdu(SnmpDevice device, int type) {
        PDU pdu = switch (device.credentials().version()) {
            case V3 -> new ScopedPDU();
            case V1 -> new PDUv1();
            case V2C -> new PDU();
        };
        pdu.setType(type);
        return pdu;
    }

    private CompletableFuture<PDU> send(SnmpDevice device, PDU pdu) {
        CompletableFuture<PDU> result = new CompletableFuture<>();
        Target<UdpAddress> target;
        try {
            target = target(device);
        } catch (IllegalArgumentException e) {
            result.completeExceptionally(new SnmpException(SnmpException.Kind.LOCAL, device.name() + ": " + e.getMessage(), e));
            return result;
        }
        ResponseListener listener = new ResponseListener() {
            @Override
            public <A extends org.snmp4j.smi.Address> void onResponse(ResponseEvent<A> event) {
                ((Snmp) event.getSource()).cancel(event.getRequest(), this);
                finished();
                callbacks.execute(() -> settle(device, event, result));
            }
        };
        Snmp engine;
        try {
            engine = device.credentials().version() == SnmpCredentials.Version.V3 ? v3Engine(device.credentials()) : snmp;
        } catch (IOException e) {
            result.completeExceptionally(new SnmpException(SnmpException.Kind.LOCAL, device.name() + ": cannot open an SNMP socket: " + e.getMessage(), e));
            return result;
        }
        Runnable sending = () -> {
            try {
                requests.incrementAndGet();
                engine.send(pdu, target, null, listener);
            } catch (IOException | RuntimeException e) {
                finished();
                result.completeExceptionally(new SnmpException(SnmpException.Kind.LOCAL, device.name() + ": cannot send: " + e.getMessage(), e));
            }
        };
        if (inFlight.incrementAndGet() <= MAX_IN_FLIGHT) {
            sending.run();
        } else {
            inFlight.decrementAndGet();
            waiting.add(sending);
            drain();
        }
        return result;
    }

    private void finished() {
        inFlight.decrementAndGet();
        drain();
    }

    /** Sends queued requests while there is room; safe to call from any thread. */
    private void drain() {
        while (!waiting.isEmpty()) {
            if (inFlight.incrementAndGet() > MAX_IN_FLIGHT) {
                inFlight.decrementAndGet();
                return;
            }
            Runnable next = waiting.poll();
            if (next == null) {
                inFlight.decrementAndGet();
                return;
            }
            next.run();
        }
    }

    private static void settle(SnmpDevice device, ResponseEvent<?> event, CompletableFuture<PDU> result) {
        PDU response = event.getResponse();
        if (event.getError() != null) {
            result.completeExceptionally(new SnmpException(SnmpException.Kind.LOCAL, device.name() + ": " + event.getError().getMessage(), event.getError()));
        } else if (response == null) {
            result.completeExceptionally(new SnmpException(SnmpException.Kind.TIMEOUT, device + ": no answer in " + device.timeoutMillis() + " ms x "
                    + (device.retries() + 1) + " tries; check the address and port, that the device is up, and its SNMP version and credentials"));
        } else if (response.getType() == PDU.REPORT) {
            result.completeExceptionally(report(device, response));
        } else if (response.getErrorStatus() != PDU.noError) {
            result.completeExceptionally(new SnmpException(SnmpException.Kind.REFUSED, device.name() + " refused the request: "
                    + response.getErrorStatusText() + (response.getErrorIndex() > 0 ? " at " + response.get(response.getErrorIndex() - 1).getOid() : "")));
        } else {
            result.complete(response);
        }
    }

    /** USM reports (RFC 3414) name the exact security failure; a wrong key must never read as a timeout. */
    private static SnmpException report(SnmpDevice device, PDU report) {
        OID oid = report.size() > 0 ? report.get(0).getOid() : new OID();
        String user = device.credentials().user();
        if (oid.startsWith(USM_STATS) && oid.size() > USM_STATS.size()) {
            String why = switch (oid.get(USM_STATS.size())) {
                case 1 -> "the device does not accept the security level (" + device.credentials().auth() + "/" + device.credentials().privacy() + ") for user " + user;
                case 3 -> "the device has no SNMPv3 user '" + user + "'";
                case 5 -> "wrong authentication passphrase or protocol for user '" + user + "'";
                case 6 -> "wrong privacy passphrase or protocol for user '" + user + "'";
                default -> "the device rejected the request's security parameters (" + oid + ")";
            };
            return new SnmpException(SnmpException.Kind.AUTHENTICATION, device.name() + ": authentication failure: " + why);
        }
        return new SnmpException(SnmpException.Kind.REFUSED, device.name() + " answered with a report: " + oid);
    }

    private Target<UdpAddress> target(SnmpDevice device) {
        UdpAddress address = new UdpAddress(device.host() + "/" + device.port());
        SnmpCredentials c = device.credentials();
        Target<UdpAddress> target;
        if (c.version() == SnmpCredentials.Version.V3) {
            UserTarget<UdpAddress> user = new UserTarget<>();
            user.setSecurityName(new OctetString(c.user()));
            user.setSecurityLevel(c.auth() == SnmpCredentials.Auth.NONE ? SecurityLevel.NOAUTH_NOPRIV
                    : c.privacy() == SnmpCredentials.Privacy.NONE ? SecurityLevel.AUTH_NOPRIV : SecurityLevel.AUTH_PRIV);
            target = user;
            target.setVersion(SnmpConstants.version3);
        } else {
            CommunityTarget<UdpAddress> community = new CommunityTarget<>();
            community.setCommunity(new OctetString(c.community()));
            target = community;
            target.setVersion(c.version() == SnmpCredentials.Version.V1 ? SnmpConstants.version1 : SnmpConstants.version2c);
        }
        target.setAddress(address);
        target.setTimeout(device.timeoutMillis());
        target.setRetries(device.retries());
        return target;
    }

    private Snmp v3Engine(SnmpCredentials c) throws IOException {
        String key = identity(c);
        Snmp engine = v3Engines.get(key);
        if (engine != null) {
            return engine;
        }
        synchronized (v3Engines) {
            engine = v3Engines.get(key);
            if (engine == null) {
                engine = engine(usmUser(c));
                v3Engines.put(key, engine);
            }
            return engine;
        }
    }

    /** A digest of the user and keys, so the map of engines never holds a secret in clear. */
    private static String identity(SnmpCredentials c) {
        try {
            java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
            for (Object part : new Object[] {c.user(), c.auth(), c.privacy()}) {
                sha.update(String.valueOf(part).getBytes(java.nio.charset.StandardCharsets.UTF_8));
                sha.update((byte) 0);
            }
            for (char[] secret : new char[][] {c.authPassphrase(), c.privacyPassphrase()}) {
                if (secret != null) {
                    sha.update(new String(secret).getBytes(java.nio.charset.StandardCharsets.UTF_8));
                }
                sha.update((byte) 0);
            }
            return java.util.HexFormat.of().formatHex(sha.digest());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static UsmUser usmUser(SnmpCredentials c) {
        OctetString name = new OctetString(c.user());
        OID auth = switch (c.auth()) {
            case SHA512 -> AuthHMAC384SHA512.ID;
            case SHA384 -> AuthHMAC256SHA384.ID;
            case SHA256 -> AuthHMAC192SHA256.ID;
            case SHA224 -> AuthHMAC128SHA224.ID;
            case SHA1 -> AuthSHA.ID;
            case MD5 -> AuthMD5.ID;
            case NONE -> null;
        };
        OID priv = switch (c.privacy()) {
            case AES256 -> PrivAES256.ID;
            case AES192 -> PrivAES192.ID;
            case AES128 -> PrivAES128.ID;
            case DES -> PrivDES.ID;
            case NONE -> null;
        };
        return new UsmUser(name, auth, auth == null ? null : new OctetString(new String(c.authPassphrase())), priv,
                priv == null ? null : new OctetString(new String(c.privacyPassphrase())));
    }

    private static ThreadFactory daemon() {
        return r -> {
            Thread t = new Thread(r, "snmp-answers");
            t.setDaemon(true);
            return t;
        };
    }
}
