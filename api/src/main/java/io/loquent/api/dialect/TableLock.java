package io.loquent.api.dialect;

import io.loquent.api.operation.CreateTable;
import io.loquent.api.schema.Column;
import io.loquent.api.schema.ColumnType;
import io.loquent.api.schema.TableConstraint;
import java.net.InetAddress;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The migration lock as a row in a table, for databases without advisory or named locks; a dialect returns it from
 * {@link Dialect#lock}: {@code return TableLock.acquire(this, request);}.
 *
 * <p>The row is the lock: taking it is an {@code INSERT} of the lock's name into the table's primary key, which only
 * one run can win; releasing it is a {@code DELETE}. Each statement commits at once on the request's connection of its
 * own, so the lock never holds a transaction open against the migration's statements. The table
 * ({@value #TABLE}, or {@link Settings#table}) is created by the first run, with the dialect's own DDL, and is one of
 * Loquent's tables (left out of reflection and drift).
 *
 * <p><b>Stale locks.</b> A row outlives a holder killed with {@code kill -9}, so the holder proves it is alive: a
 * daemon thread adds one to the row's {@code beat} column every {@link Settings#heartbeat} (5 s by default). A run
 * waiting for the lock watches the row; when the same holder and beat have stood still for {@link Settings#staleAfter}
 * (30 s by default) on the waiter's own clock, the holder is taken for dead and the row is replaced with a delete that
 * names that holder and beat, so two waiters cannot both win and no clocks need to agree. A killed run therefore costs
 * the next one at most {@code staleAfter} of waiting (give a {@code lock_timeout} above it). The heartbeat must be
 * able to write while the migration runs: on a database that serialises writers (one file lock), a revision's
 * transaction delays it, so give a {@code staleAfter} above the longest revision there.
 */
public final class TableLock implements MigrationLock {
    /** The default lock table. */
    public static final String TABLE = "loquent_lock";
    private static final System.Logger LOG = System.getLogger(TableLock.class.getName());
    private static final long POLL_MILLIS = 250;

    /**
     * How the lock is kept.
     *
     * @param table      the lock table's name
     * @param heartbeat  how often the holder proves it is alive
     * @param staleAfter how long a waiter watches a row that does not change before taking it from a dead holder;
     *                   at least three heartbeats
     */
    public record Settings(String table, Duration heartbeat, Duration staleAfter) {
        /** {@value #TABLE}, a beat every 5 s, stale after 30 s. */
        public static final Settings DEFAULT = new Settings(TABLE, Duration.ofSeconds(5), Duration.ofSeconds(30));

        public Settings {
            Objects.requireNonNull(table, "table");
            if (heartbeat.isNegative() || heartbeat.isZero() || staleAfter.compareTo(heartbeat.multipliedBy(3)) < 0) {
                throw new IllegalArgumentException("a table lock's staleAfter (" + staleAfter + ") must be at least"
                        + " three heartbeats (" + heartbeat + "), so that a slow beat is not taken for a dead holder");
            }
        }
    }

    private final Dialect dialect;
    private final Connection connection;
    private final Settings settings;
    private final String name;
    private final String owner;
    private final ScheduledExecutorService heart;

    private TableLock(Dialect dialect, Connection connection, Settings settings, String name, String owner) {
        this.dialect = dialect;
        this.connection = connection;
        this.settings = settings;
        this.name = name;
        this.owner = owner;
        this.heart = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "loquent-lock-heartbeat");
            t.setDaemon(true);
            return t;
        });
        long period = settings.heartbeat().toMillis();
        heart.scheduleWithFixedDelay(this::beat, period, period, TimeUnit.MILLISECONDS);
    }

    /** Takes the lock with the {@link Settings#DEFAULT default settings}. */
    public static TableLock acquire(Dialect dialect, LockRequest request) {
        return acquire(dialect, request, Settings.DEFAULT);
    }

    /**
     * Takes the lock, waiting up to the request's timeout and telling the request who holds it about once a second.
     *
     * @throws LockTimeoutException when another run holds it for longer, or the table cannot be used
     */
    public static TableLock acquire(Dialect dialect, LockRequest request, Settings settings) {
        Connection c = request.connection();
        String owner = owner();
        Rows rows = new Rows(dialect, settings.table(), request.name());
        try {
            c.setAutoCommit(true);
            rows.ensureTable(c);
            long deadline = System.nanoTime() + request.timeout().toNanos();
            long lastSeen = System.nanoTime();
            Holder seen = null;
            long toldAt = 0;
            while (!rows.insert(c, owner)) {
                Holder holder = rows.holder(c);
                long now = System.nanoTime();
                if (holder == null) {
                    continue; // released between the insert and the look: try again at once
                }
                if (!holder.equals(seen)) {
                    seen = holder;
                    lastSeen = now;
                } else if (now - lastSeen >= settings.staleAfter().toNanos()) {
                    LOG.log(System.Logger.Level.WARNING, "taking over the migration lock row of " + holder.owner()
                            + ", which has not beaten for " + seconds(settings.staleAfter()) + " s (its run died)");
                    rows.deleteStale(c, holder);
                    continue;
                }
                if (now > deadline) {
                    throw new LockTimeoutException("another Loquent run has held the migration lock for more than "
                            + request.timeout().toSeconds() + " s (held by " + holder.owner() + ", row '"
                            + request.name() + "' of table " + settings.table() + "). Wait for it to finish, or raise"
                            + " lock_timeout; a row left by a run that died is taken over after "
                            + seconds(settings.staleAfter()) + " s");
                }
                if (now - toldAt >= 1_000_000_000L) {
                    toldAt = now;
                    request.waiting().accept("held by " + holder.owner());
                }
                Thread.sleep(POLL_MILLIS);
            }
            return new TableLock(dialect, c, settings, request.name(), owner);
        } catch (SQLException e) {
            throw new LockTimeoutException("cannot take the migration lock in table " + settings.table() + ": "
                    + e.getMessage() + ". Check that the user may create and write that table");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LockTimeoutException("interrupted while waiting for the migration lock");
        }
    }

    /** {@code 30} for 30 s, {@code 0.6} for 600 ms. */
    private static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? String.valueOf(d.toSeconds())
                : java.math.BigDecimal.valueOf(d.toMillis(), 3).stripTrailingZeros().toPlainString();
    }

    /** Who this run is, for the message of a run that waits: host, process id and a random part. */
    private static String owner() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException e) {
            host = "unknown host";
        }
        return "pid " + ProcessHandle.current().pid() + " on " + host + " (" + UUID.randomUUID().toString().substring(0, 8) + ")";
    }

    private void beat() {
        // The connection is shared with the wait watch's thread: one statement at a time on it.
        synchronized (connection) {
            try (PreparedStatement st = connection.prepareStatement("UPDATE " + dialect.quoteTable(settings.table())
                    + " SET " + dialect.quote("beat") + " = " + dialect.quote("beat") + " + 1 WHERE "
                    + dialect.quote("lock_name") + " = ? AND " + dialect.quote("owner") + " = ?")) {
                st.setString(1, name);
                st.setString(2, owner);
                if (st.executeUpdate() == 0) {
                    LOG.log(System.Logger.Level.WARNING, "the migration lock row '" + name + "' was taken from this"
                            + " run (its heartbeat stalled for longer than " + seconds(settings.staleAfter())
                            + " s); raise the table lock's staleAfter");
                }
            } catch (SQLException e) {
                LOG.log(System.Logger.Level.DEBUG, "a heartbeat of the migration lock failed", e);
            }
        }
    }

    /** Stops the heartbeat and deletes the row; a failure is logged, as the run's own outcome matters more. */
    @Override
    public void close() {
        heart.shutdownNow();
        try {
            heart.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        synchronized (connection) {
            try (PreparedStatement st = connection.prepareStatement("DELETE FROM " + dialect.quoteTable(settings.table())
                    + " WHERE " + dialect.quote("lock_name") + " = ? AND " + dialect.quote("owner") + " = ?")) {
                st.setString(1, name);
                st.setString(2, owner);
                st.executeUpdate();
            } catch (SQLException e) {
                LOG.log(System.Logger.Level.WARNING, "could not release the migration lock row '" + name + "' of "
                        + settings.table() + ": " + e.getMessage() + "; the next run takes it over after "
                        + seconds(settings.staleAfter()) + " s");
            }
        }
    }

    /** Who holds the row, and how often it has beaten. */
    private record Holder(String owner, long beat) {
    }

    /** The statements on the lock table, every identifier quoted by the dialect. */
    private record Rows(Dialect dialect, String table, String name) {
        void ensureTable(Connection c) throws SQLException {
            if (exists(c)) {
                return;
            }
            ColumnType text = new ColumnType(ColumnType.Kind.STRING, 255, null, null);
            List<Column> columns = List.of(new Column("lock_name", text, false, false, null, null),
                    new Column("owner", text, false, false, null, null),
                    new Column("beat", ColumnType.of(ColumnType.Kind.BIG_INTEGER), false, false, null, null));
            List<TableConstraint> key = List.of(new TableConstraint.PrimaryKey("pk_" + io.loquent.api.schema.TableName.bare(table), List.of("lock_name")));
            try (Statement st = c.createStatement()) {
                for (String sql : dialect.render(new CreateTable(table, columns, key, null), RenderContext.online(c))) {
                    st.execute(sql);
                }
            } catch (SQLException e) {
                if (!exists(c)) { // another run may have created it first
                    throw e;
                }
            }
        }

        private boolean exists(Connection c) {
            try (Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery(dialect.select(table, List.of("beat"), null) + " WHERE 1 = 0")) {
                return true;
            } catch (SQLException e) {
                return false;
            }
        }

        /** Whether the insert won the row; a loss is a key violation, told apart from other failures by a look. */
        boolean insert(Connection c, String owner) throws SQLException {
            try (PreparedStatement st = c.prepareStatement(dialect.insertStatement(table,
                    List.of("lock_name", "owner", "beat")))) {
                st.setString(1, name);
                st.setString(2, owner);
                st.setLong(3, 0);
                st.executeUpdate();
                return true;
            } catch (SQLException e) {
                if (holder(c) == null) {
                    throw e;
                }
                return false;
            }
        }

        Holder holder(Connection c) throws SQLException {
            try (PreparedStatement st = c.prepareStatement(dialect.select(table, List.of("owner", "beat"), null)
                    + " WHERE " + dialect.quote("lock_name") + " = ?")) {
                st.setString(1, name);
                try (ResultSet rs = st.executeQuery()) {
                    return rs.next() ? new Holder(rs.getString(1), rs.getLong(2)) : null;
                }
            }
        }

        void deleteStale(Connection c, Holder holder) throws SQLException {
            try (PreparedStatement st = c.prepareStatement("DELETE FROM " + dialect.quoteTable(table) + " WHERE "
                    + dialect.quote("lock_name") + " = ? AND " + dialect.quote("owner") + " = ? AND "
                    + dialect.quote("beat") + " = ?")) {
                st.setString(1, name);
                st.setString(2, holder.owner());
                st.setLong(3, holder.beat());
                st.executeUpdate();
            }
        }
    }
}
