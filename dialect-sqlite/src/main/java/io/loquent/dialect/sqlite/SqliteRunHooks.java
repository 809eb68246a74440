package io.loquent.dialect.sqlite;

import io.loquent.api.LoquentException;
import io.loquent.api.dialect.RunHooks;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * SQLite's hooks around a run. A table rebuild drops the old table, and with foreign keys enforced that first deletes
 * its rows and runs the ON DELETE actions of the tables that reference it; {@code PRAGMA foreign_keys} cannot change
 * inside a transaction, so enforcement goes off before the run's transaction and back on after it, and each revision
 * instead ends with {@code PRAGMA foreign_key_check}, as SQLite's procedure for table changes says
 * (https://www.sqlite.org/lang_altertable.html#otheralter). The session's {@code legacy_alter_table} setting is put
 * back after the run too, in case a failed rebuild left it changed.
 */
final class SqliteRunHooks implements RunHooks {
    private static final int SHOWN = 5;

    private final Connection connection;
    private final boolean foreignKeys;
    private final boolean legacyAlterTable;

    private SqliteRunHooks(Connection connection, boolean foreignKeys, boolean legacyAlterTable) {
        this.connection = connection;
        this.foreignKeys = foreignKeys;
        this.legacyAlterTable = legacyAlterTable;
    }

    /** The hooks for a run on {@code connection}, reading how the session is set now. */
    static RunHooks on(Connection connection) {
        return new SqliteRunHooks(connection, pragma(connection, "foreign_keys"), legacyAlterTable(connection));
    }

    /**
     * The hooks of an offline script: enforcement off before its first transaction, whatever the shell that runs it
     * was started with, since a rebuild in it was written for a session that fires no ON DELETE action. The script
     * cannot tell how the session was set, so it leaves enforcement off; the shell's session ends with the script.
     */
    static RunHooks offline() {
        return new RunHooks() {
            @Override
            public List<String> beforeRun() {
                return List.of("PRAGMA foreign_keys = OFF");
            }
        };
    }

    static boolean legacyAlterTable(Connection connection) {
        return pragma(connection, "legacy_alter_table");
    }

    private static boolean pragma(Connection connection, String name) {
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery("PRAGMA " + name)) {
            return rs.next() && rs.getInt(1) == 1;
        } catch (SQLException e) {
            throw new LoquentException("cannot read PRAGMA " + name + " from the database: " + e.getMessage(), e);
        }
    }

    @Override
    public List<String> beforeRun() {
        return foreignKeys ? List.of("PRAGMA foreign_keys = OFF") : List.of();
    }

    /**
     * Fails the revision when rows break a foreign key. Only where the session enforced foreign keys: elsewhere
     * nobody asked for them, and rows that broke them before the run would stop every revision.
     */
    @Override
    public void verifyRevision(String revision) {
        if (!foreignKeys) {
            return;
        }
        List<String> violations = new ArrayList<>();
        int count = 0;
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery("PRAGMA foreign_key_check")) {
            while (rs.next()) {
                if (count++ < SHOWN) {
                    String rowid = rs.getString(2);
                    violations.add(rs.getString(1) + (rowid == null ? "" : " rowid " + rowid) + " -> "
                            + rs.getString(3));
                }
            }
        } catch (SQLException e) {
            throw new LoquentException("revision '" + revision + "' leaves a foreign key that SQLite cannot check: "
                    + e.getMessage() + ". A foreign key must reference a primary key or unique columns", e);
        }
        if (count > 0) {
            throw new LoquentException("revision '" + revision + "' leaves " + count + (count == 1 ? " row" : " rows")
                    + " whose foreign key points at no row (" + String.join(", ", violations)
                    + (count > SHOWN ? ", …" : "") + "). Fix or delete those rows in the revision, or add the rows"
                    + " they reference");
        }
    }

    @Override
    public List<String> afterRun() {
        List<String> statements = new ArrayList<>();
        if (foreignKeys) {
            statements.add("PRAGMA foreign_keys = ON");
        }
        statements.add("PRAGMA legacy_alter_table = " + (legacyAlterTable ? "ON" : "OFF"));
        return statements;
    }
}
