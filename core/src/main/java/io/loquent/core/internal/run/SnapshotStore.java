package io.loquent.core.internal.run;

import io.loquent.api.dialect.Dialect;
import io.loquent.api.dialect.RenderContext;
import io.loquent.api.operation.BulkInsert;
import io.loquent.api.operation.CreateTable;
import io.loquent.api.schema.Column;
import io.loquent.api.schema.ColumnType;
import io.loquent.api.schema.ColumnType.Kind;
import io.loquent.api.schema.TableConstraint;
import io.loquent.core.internal.drift.Snapshot;
import io.loquent.core.internal.dsl.NamingConvention;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The schema snapshot table (named after the history table: {@code loquent_snapshot} beside
 * {@code loquent_history}): the last snapshot, one line a row, in order. Each run that changes the schema replaces
 * it, in one transaction with nothing else.
 */
public final class SnapshotStore {
    private static final List<String> COLUMNS = List.of("position", "entry");

    private final Dialect dialect;
    private final String table;
    private final NamingConvention naming;

    public SnapshotStore(Dialect dialect, String historyTable, NamingConvention naming) {
        this.dialect = dialect;
        this.table = tableFor(historyTable);
        this.naming = naming;
    }

    /** {@code loquent_snapshot} for {@code loquent_history}; {@code audit_snapshot} for {@code audit}. */
    public static String tableFor(String historyTable) {
        return historyTable.endsWith("history")
                ? historyTable.substring(0, historyTable.length() - "history".length()) + "snapshot"
                : historyTable + "_snapshot";
    }

    public String table() {
        return table;
    }

    public boolean exists(Connection connection) throws SQLException {
        return Catalog.tableExists(connection, table);
    }

    public List<String> createStatements(RenderContext context) {
        List<Column> columns = List.of(new Column("position", ColumnType.of(Kind.INTEGER), false, false, null, null),
                new Column("entry", ColumnType.of(Kind.TEXT), false, false, null, null));
        return dialect.render(new CreateTable(table, columns,
                List.of(new TableConstraint.PrimaryKey(naming.primaryKeyName(table), List.of("position"))), null),
                context);
    }

    /** The last snapshot; empty when none was taken yet (or the table does not exist). */
    public Optional<Snapshot> read(Connection connection) throws SQLException {
        if (!exists(connection)) {
            return Optional.empty();
        }
        Catalog.requireColumns(connection, table, COLUMNS, "snapshot");
        List<String> lines = new ArrayList<>();
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery(dialect.select(table, List.of("entry"), "position"))) {
            while (rs.next()) {
                lines.add(rs.getString(1));
            }
        }
        return lines.isEmpty() ? Optional.empty() : Optional.of(Snapshot.of(lines));
    }

    /** Whether a snapshot is recorded: its header row is there. Reads one row, not the snapshot. */
    public boolean recorded(Connection connection) throws SQLException {
        if (!exists(connection)) {
            return false;
        }
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT 1 FROM " + dialect.quoteTable(table) + " WHERE "
                     + dialect.quote("position") + " = 0")) {
            return rs.next();
        }
    }

    /** The statement that removes the snapshot. */
    public String clear() {
        return "DELETE FROM " + dialect.quoteTable(table);
    }

    /** The rows of {@code snapshot}, to insert after {@link #clear}. */
    public BulkInsert insert(Snapshot snapshot) {
        List<String> lines = snapshot.lines();
        List<Map<String, Object>> rows = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("position", i);
            row.put("entry", lines.get(i));
            rows.add(row);
        }
        return new BulkInsert(table, rows);
    }
}
