package io.loquent.dialect.postgres.internal;

import io.loquent.api.dialect.WaitProbe;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What keeps the migration's backend waiting, from {@code pg_blocking_pids}: each session that holds a lock it
 * waits for, with its user, state, how long its statement has run and the statement itself. A killed run's statement
 * that still runs on the server shows up here, as does an application's long transaction.
 */
public final class BlockingSessions implements WaitProbe {
    /** No backslash in it: it must read the same under {@code standard_conforming_strings = off}. */
    private static final String SQL = "SELECT a.pid, a.usename, a.state, a.application_name,"
            + " date_trunc('second', now() - a.query_start), left(regexp_replace(a.query, '[[:space:]]+', ' ', 'g'), 200)"
            + " FROM pg_stat_activity a WHERE a.pid = ANY (pg_blocking_pids(?)) ORDER BY a.pid";
    private final int pid;

    private BlockingSessions(int pid) {
        this.pid = pid;
    }

    /** The probe for the backend of {@code migration}. */
    public static BlockingSessions of(Connection migration) throws SQLException {
        try (Statement st = migration.createStatement(); ResultSet rs = st.executeQuery("SELECT pg_backend_pid()")) {
            rs.next();
            return new BlockingSessions(rs.getInt(1));
        }
    }

    @Override
    public Optional<String> blockers(Connection observer) throws SQLException {
        List<String> sessions = new ArrayList<>();
        int first = 0;
        try (PreparedStatement st = observer.prepareStatement(SQL)) {
            st.setQueryTimeout(5); // the watch must be free again before the run releases its lock
            st.setInt(1, pid);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    first = first == 0 ? rs.getInt(1) : first;
                    String application = rs.getString(4);
                    sessions.add("backend " + rs.getInt(1) + " (user " + rs.getString(2)
                            + (application == null || application.isEmpty() ? "" : ", application " + application)
                            + ", " + rs.getString(3) + " for " + rs.getString(5) + ": " + rs.getString(6) + ")");
                }
            }
        }
        if (sessions.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("backend " + pid + " of this run waits for a lock held by " + String.join("; ", sessions)
                + ". If that is an earlier run that was killed, its statement still runs on the server: wait for it,"
                + " or cancel it with SELECT pg_cancel_backend(" + first + ") (pg_terminate_backend ends the session)");
    }
}
