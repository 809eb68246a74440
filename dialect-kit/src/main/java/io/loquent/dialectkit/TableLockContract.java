package io.loquent.dialectkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.loquent.api.dialect.Dialect;
import io.loquent.api.dialect.LockRequest;
import io.loquent.api.dialect.LockTimeoutException;
import io.loquent.api.dialect.MigrationLock;
import io.loquent.api.dialect.TableLock;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The API's lock row, with two connections standing for two runs; each database supplies its dialect (for the DDL
 * and quoting) and its connections.
 */
public abstract class TableLockContract {
    private static final String NAME = "loquent:loquent_version";

    /** The dialect whose SQL the lock uses. */
    protected abstract Dialect dialect();

    /** A new connection to a database of this test class's own. */
    protected abstract Connection open() throws SQLException;

    @BeforeEach
    void noLockTable() throws SQLException {
        try (Connection c = open(); Statement st = c.createStatement()) {
            st.execute("DROP TABLE IF EXISTS loquent_lock");
        }
    }

    /** Beats every 100 ms and goes stale after 600 ms, so that the tests take a dead holder's row over quickly. */
    private static final TableLock.Settings QUICK = new TableLock.Settings(TableLock.TABLE, Duration.ofMillis(100),
            Duration.ofMillis(600));

    private MigrationLock take(Connection c, Duration timeout, Consumer<String> waiting) {
        return TableLock.acquire(dialect(), new LockRequest(c, NAME, timeout, waiting), QUICK);
    }

    private List<String> row(Connection c) throws SQLException {
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT lock_name, owner, beat FROM loquent_lock")) {
            return rs.next() ? List.of(rs.getString(1), rs.getString(2), rs.getString(3)) : List.of();
        }
    }

    @Test
    void aSecondRunWaitsSayingWhoHoldsTheLockAndTimesOutWhileTheHolderLives() throws Exception {
        try (Connection a = open(); Connection b = open()) {
            List<String> heard = new CopyOnWriteArrayList<>();
            try (MigrationLock held = take(a, Duration.ZERO, heard::add)) {
                String owner = row(a).get(1);
                assertThat(owner).startsWith("pid " + ProcessHandle.current().pid() + " on ");
                // Two seconds is more than three times the staleness window: a holder that beats is never taken over.
                assertThatThrownBy(() -> take(b, Duration.ofSeconds(2), heard::add))
                        .isInstanceOf(LockTimeoutException.class)
                        .hasMessage("another Loquent run has held the migration lock for more than 2 s (held by " + owner
                                + ", row '" + NAME + "' of table loquent_lock). Wait for it to finish, or raise"
                                + " lock_timeout; a row left by a run that died is taken over after 0.6 s");
                assertThat(heard).isNotEmpty().allMatch(("held by " + owner)::equals);
                assertThat(row(a).get(1)).as("still the first run's").isEqualTo(owner);
                assertThat(Long.parseLong(row(a).get(2))).as("the holder's heartbeat").isPositive();
            }
            assertThat(row(a)).as("released").isEmpty();
            try (MigrationLock next = take(b, Duration.ZERO, s -> { })) {
                assertThat(row(b)).hasSize(3);
            }
        }
    }

    @Test
    void aRowLeftByARunThatDiedIsTakenOverOnceItHasStoodStill() throws Exception {
        try (Connection a = open(); Connection b = open()) {
            try (MigrationLock first = take(a, Duration.ZERO, s -> { })) {
                // nothing: this creates the table
            }
            try (Statement st = a.createStatement()) {
                st.execute("INSERT INTO loquent_lock (lock_name, owner, beat) VALUES ('" + NAME + "', 'killed run', 41)");
            }
            List<String> heard = new CopyOnWriteArrayList<>();
            try (MigrationLock taken = take(b, Duration.ofSeconds(30), heard::add)) {
                assertThat(row(a).get(1)).isNotEqualTo("killed run").startsWith("pid ");
            }
            assertThat(heard).contains("held by killed run");
        }
    }

}
