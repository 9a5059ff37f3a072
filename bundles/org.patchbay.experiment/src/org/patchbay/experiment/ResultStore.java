package org.patchbay.experiment;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.patchbay.model.ParameterKind;

/**
 * A topology's sweep results in an embedded H2 database beside it ({@code NAME.results.mv.db}): each
 * sweep with its definition and fingerprint, one row per run with its status, time, load average,
 * every parameter and measure, and each command's exit and output tail. Each run is one transaction,
 * so a crash loses at most the run that was being made. One process at a time: a second console or
 * command line is refused with who holds it.
 */
public final class ResultStore implements AutoCloseable {

    /** What is known of one sweep. */
    public record SweepInfo(long id, String experiment, String fingerprint, String definition, int planned, int recorded, java.time.Instant created) {
        public boolean complete() {
            return recorded >= planned;
        }
    }

    private final Connection connection;
    private final Path file;

    private ResultStore(Connection connection, Path file) {
        this.connection = connection;
        this.file = file;
    }

    /** Where a topology's results live: {@code lab.cluster} -> {@code lab.results} (H2 adds {@code .mv.db}). */
    public static Path beside(Path topology) {
        String name = topology.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return topology.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + ".results");
    }

    public static ResultStore open(Path database) throws SweepException {
        Path absolute = database.toAbsolutePath();
        try {
            Files.createDirectories(absolute.getParent());
            // FILE_LOCK=FS: a second process is refused at once instead of sharing (and corrupting) the file
            Connection connection = new org.h2.Driver().connect("jdbc:h2:file:" + absolute + ";FILE_LOCK=FS;DB_CLOSE_ON_EXIT=FALSE", new java.util.Properties());
            if (connection == null) {
                throw new SweepException("H2 refused the URL for " + absolute);
            }
            ResultStore store = new ResultStore(connection, absolute);
            store.createTables();
            return store;
        } catch (SQLException e) {
            String why = e.getMessage() != null && e.getMessage().contains("already in use")
                    ? "it is open in another console or patchbay-cli; close that one, or give this sweep another results file"
                    : e.getMessage();
            throw new SweepException("The results database " + absolute + ".mv.db cannot be opened: " + why, e);
        } catch (java.io.IOException e) {
            throw new SweepException("The folder for " + absolute + " cannot be made: " + e.getMessage(), e);
        }
    }

    public Path file() {
        return file;
    }

    private void createTables() throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS sweeps (id BIGINT AUTO_INCREMENT PRIMARY KEY, experiment VARCHAR(1000) NOT NULL, "
                    + "fingerprint VARCHAR(64) NOT NULL, definition CLOB NOT NULL, planned INT NOT NULL, created TIMESTAMP NOT NULL)");
            s.execute("CREATE TABLE IF NOT EXISTS sweep_columns (sweep_id BIGINT NOT NULL, position INT NOT NULL, name VARCHAR(200) NOT NULL, "
                    + "role VARCHAR(10) NOT NULL, kind VARCHAR(40) NOT NULL, unit VARCHAR(100), PRIMARY KEY (sweep_id, position), "
                    + "FOREIGN KEY (sweep_id) REFERENCES sweeps(id) ON DELETE CASCADE)");
            s.execute("CREATE TABLE IF NOT EXISTS runs (sweep_id BIGINT NOT NULL, run_index INT NOT NULL, combination INT NOT NULL, repetition INT NOT NULL, "
                    + "status VARCHAR(10) NOT NULL, message VARCHAR(4000), started TIMESTAMP NOT NULL, seconds DOUBLE PRECISION NOT NULL, "
                    + "load_average DOUBLE PRECISION, PRIMARY KEY (sweep_id, run_index), FOREIGN KEY (sweep_id) REFERENCES sweeps(id) ON DELETE CASCADE)");
            s.execute("CREATE TABLE IF NOT EXISTS run_values (sweep_id BIGINT NOT NULL, run_index INT NOT NULL, name VARCHAR(200) NOT NULL, "
                    + "text_value VARCHAR(1000), number_value DOUBLE PRECISION, PRIMARY KEY (sweep_id, run_index, name), "
                    + "FOREIGN KEY (sweep_id, run_index) REFERENCES runs(sweep_id, run_index) ON DELETE CASCADE)");
            s.execute("CREATE TABLE IF NOT EXISTS run_outputs (sweep_id BIGINT NOT NULL, run_index INT NOT NULL, position INT NOT NULL, step VARCHAR(200) NOT NULL, "
                    + "node VARCHAR(200) NOT NULL, exit_code INT, tail VARCHAR(" + (RunRecord.CommandOutput.TAIL_CHARS + 100) + "), "
                    + "PRIMARY KEY (sweep_id, run_index, position), FOREIGN KEY (sweep_id, run_index) REFERENCES runs(sweep_id, run_index) ON DELETE CASCADE)");
        }
    }

    /**
     * The sweep {@code plan} records into: the latest unfinished one with the same definition (a
     * resume), otherwise a new one; {@code fresh} always starts a new one.
     */
    public synchronized SweepInfo open(SweepPlan plan, boolean fresh) throws SweepException {
        try {
            if (!fresh) {
                for (SweepInfo info : sweeps(plan.experiment())) {
                    if (info.fingerprint().equals(plan.fingerprint())) {
                        if (!info.complete()) {
                            return info;
                        }
                        break;
                    }
                }
            }
            connection.setAutoCommit(false);
            long id;
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO sweeps (experiment, fingerprint, definition, planned, created) VALUES (?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
                insert.setString(1, plan.experiment());
                insert.setString(2, plan.fingerprint());
                insert.setString(3, plan.definition());
                insert.setInt(4, plan.runs().size());
                insert.setTimestamp(5, Timestamp.from(java.time.Instant.now()));
                insert.executeUpdate();
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
            }
            try (PreparedStatement column = connection.prepareStatement(
                    "INSERT INTO sweep_columns (sweep_id, position, name, role, kind, unit) VALUES (?, ?, ?, ?, ?, ?)")) {
                int position = 0;
                for (Map.Entry<String, ParameterKind> p : plan.workload().parameterKinds().entrySet()) {
                    addColumn(column, id, position++, p.getKey(), "parameter", p.getValue().getLiteral(), "");
                }
                for (SweepPlan.Probe probe : plan.workload().probes()) {
                    addColumn(column, id, position++, probe.name(), "measure", probe.kind().getLiteral(), probe.unit());
                }
                column.executeBatch();
            }
            connection.commit();
            return sweep(id);
        } catch (SQLException e) {
            rollback();
            throw failure("start a sweep of " + plan.experiment(), e);
        } finally {
            autoCommit();
        }
    }

    private static void addColumn(PreparedStatement column, long id, int position, String name, String role, String kind, String unit) throws SQLException {
        column.setLong(1, id);
        column.setInt(2, position);
        column.setString(3, name);
        column.setString(4, role);
        column.setString(5, kind);
        column.setString(6, unit);
        column.addBatch();
    }

    /** Every sweep of {@code experiment}, newest first (all sweeps when it is null). */
    public synchronized List<SweepInfo> sweeps(String experiment) throws SweepException {
        String sql = "SELECT s.id, s.experiment, s.fingerprint, s.definition, s.planned, s.created, (SELECT COUNT(*) FROM runs r WHERE r.sweep_id = s.id) "
                + "FROM sweeps s" + (experiment == null ? "" : " WHERE s.experiment = ?") + " ORDER BY s.id DESC";
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            if (experiment != null) {
                query.setString(1, experiment);
            }
            List<SweepInfo> found = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    found.add(new SweepInfo(rows.getLong(1), rows.getString(2), rows.getString(3), rows.getString(4), rows.getInt(5), rows.getInt(7),
                            rows.getTimestamp(6).toInstant()));
                }
            }
            return found;
        } catch (SQLException e) {
            throw failure("list the sweeps", e);
        }
    }

    public synchronized SweepInfo sweep(long id) throws SweepException {
        return sweeps(null).stream().filter(s -> s.id() == id).findFirst()
                .orElseThrow(() -> new SweepException("There is no sweep " + id + " in " + file + ".mv.db; list them with patchbay-cli results --list"));
    }

    public synchronized Set<Integer> recordedRuns(long sweepId) throws SweepException {
        try (PreparedStatement query = connection.prepareStatement("SELECT run_index FROM runs WHERE sweep_id = ?")) {
            query.setLong(1, sweepId);
            Set<Integer> found = new HashSet<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    found.add(rows.getInt(1));
                }
            }
            return found;
        } catch (SQLException e) {
            throw failure("read sweep " + sweepId, e);
        }
    }

    /** Stores one run, all or nothing. */
    public synchronized void record(long sweepId, RunRecord run) throws SweepException {
        try {
            connection.setAutoCommit(false);
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO runs (sweep_id, run_index, combination, repetition, status, message, "
                    + "started, seconds, load_average) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                insert.setLong(1, sweepId);
                insert.setInt(2, run.index());
                insert.setInt(3, run.combination());
                insert.setInt(4, run.repetition());
                insert.setString(5, run.status().name());
                insert.setString(6, run.message().length() > 4000 ? run.message().substring(0, 4000) : run.message());
                insert.setTimestamp(7, Timestamp.from(run.started()));
                insert.setDouble(8, run.seconds());
                if (Double.isNaN(run.loadAverage())) {
                    insert.setNull(9, java.sql.Types.DOUBLE);
                } else {
                    insert.setDouble(9, run.loadAverage());
                }
                insert.executeUpdate();
            }
            try (PreparedStatement value = connection.prepareStatement(
                    "INSERT INTO run_values (sweep_id, run_index, name, text_value, number_value) VALUES (?, ?, ?, ?, ?)")) {
                for (Map.Entry<String, String> p : run.parameters().entrySet()) {
                    addValue(value, sweepId, run.index(), p.getKey(), p.getValue(), null);
                }
                for (Map.Entry<String, Double> m : run.measures().entrySet()) {
                    addValue(value, sweepId, run.index(), m.getKey(), null, m.getValue());
                }
                value.executeBatch();
            }
            try (PreparedStatement output = connection.prepareStatement(
                    "INSERT INTO run_outputs (sweep_id, run_index, position, step, node, exit_code, tail) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                int position = 0;
                for (RunRecord.CommandOutput o : run.outputs()) {
                    output.setLong(1, sweepId);
                    output.setInt(2, run.index());
                    output.setInt(3, position++);
                    output.setString(4, o.step());
                    output.setString(5, o.node());
                    if (o.exitCode() == null) {
                        output.setNull(6, java.sql.Types.INTEGER);
                    } else {
                        output.setInt(6, o.exitCode());
                    }
                    output.setString(7, o.tail());
                    output.addBatch();
                }
                output.executeBatch();
            }
            connection.commit();
        } catch (SQLException e) {
            rollback();
            throw failure("record run " + run.index() + " of sweep " + sweepId, e);
        } finally {
            autoCommit();
        }
    }

    private static void addValue(PreparedStatement value, long sweepId, int run, String name, String text, Double number) throws SQLException {
        value.setLong(1, sweepId);
        value.setInt(2, run);
        value.setString(3, name);
        value.setString(4, text);
        if (number == null || number.isNaN()) {
            value.setNull(5, java.sql.Types.DOUBLE);
        } else {
            value.setDouble(5, number);
        }
        value.addBatch();
    }

    /** Sweep {@code sweepId} as a table: a row per recorded run in run order. */
    public synchronized ResultTable table(long sweepId) throws SweepException {
        SweepInfo info = sweep(sweepId);
        try {
            List<ResultTable.Column> parameters = new ArrayList<>();
            List<ResultTable.Column> measures = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement("SELECT name, role, kind, unit FROM sweep_columns WHERE sweep_id = ? ORDER BY position")) {
                query.setLong(1, sweepId);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        ResultTable.Column column = new ResultTable.Column(rows.getString(1), rows.getString(3), rows.getString(4) == null ? "" : rows.getString(4));
                        (rows.getString(2).equals("parameter") ? parameters : measures).add(column);
                    }
                }
            }
            Map<Integer, ResultTable.Row> byRun = new LinkedHashMap<>();
            try (PreparedStatement query = connection.prepareStatement("SELECT run_index, combination, repetition, status, message, started, seconds, load_average "
                    + "FROM runs WHERE sweep_id = ? ORDER BY run_index")) {
                query.setLong(1, sweepId);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        double load = rows.getDouble(8);
                        byRun.put(rows.getInt(1), new ResultTable.Row(rows.getInt(1), rows.getInt(2), rows.getInt(3), RunRecord.Status.valueOf(rows.getString(4)),
                                rows.getString(5) == null ? "" : rows.getString(5), rows.getTimestamp(6).toInstant(), rows.getDouble(7),
                                rows.wasNull() ? Double.NaN : load, new LinkedHashMap<>(), new LinkedHashMap<>()));
                    }
                }
            }
            try (PreparedStatement query = connection.prepareStatement("SELECT run_index, name, text_value, number_value FROM run_values WHERE sweep_id = ?")) {
                query.setLong(1, sweepId);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        ResultTable.Row row = byRun.get(rows.getInt(1));
                        String text = rows.getString(3);
                        double number = rows.getDouble(4);
                        boolean noNumber = rows.wasNull();
                        if (text != null) {
                            row.parameters().put(rows.getString(2), text);
                        } else if (!noNumber) {
                            row.measures().put(rows.getString(2), number);
                        }
                    }
                }
            }
            return new ResultTable(info, parameters, measures, List.copyOf(byRun.values()));
        } catch (SQLException e) {
            throw failure("read sweep " + sweepId, e);
        }
    }

    /** What each command of one run printed (the end of it), in start order. */
    public synchronized List<RunRecord.CommandOutput> outputs(long sweepId, int run) throws SweepException {
        try (PreparedStatement query = connection.prepareStatement("SELECT step, node, exit_code, tail FROM run_outputs WHERE sweep_id = ? AND run_index = ? ORDER BY position")) {
            query.setLong(1, sweepId);
            query.setInt(2, run);
            List<RunRecord.CommandOutput> found = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    int code = rows.getInt(3);
                    found.add(new RunRecord.CommandOutput(rows.getString(1), rows.getString(2), rows.wasNull() ? null : code, rows.getString(4)));
                }
            }
            return found;
        } catch (SQLException e) {
            throw failure("read the output of run " + run, e);
        }
    }

    private SweepException failure(String what, SQLException e) {
        return new SweepException("Could not " + what + " in " + file + ".mv.db: " + e.getMessage(), e);
    }

    private void rollback() {
        try {
            connection.rollback();
        } catch (SQLException ignored) {
            // the connection is broken; the transaction is gone with it
        }
    }

    private void autoCommit() {
        try {
            connection.setAutoCommit(true);
        } catch (SQLException ignored) {
            // reported by the next statement
        }
    }

    @Override
    public synchronized void close() {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // closing: nothing left to protect
        }
    }
}
