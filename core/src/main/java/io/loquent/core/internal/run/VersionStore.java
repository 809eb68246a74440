package io.loquent.core.internal.run;

import io.loquent.api.dialect.Dialect;
import io.loquent.api.dialect.RenderContext;
import io.loquent.api.operation.BulkInsert;
import io.loquent.api.operation.CreateTable;
import io.loquent.api.schema.Column;
import io.loquent.api.schema.ColumnType;
import io.loquent.api.schema.TableConstraint;
import io.loquent.core.internal.dsl.NamingConvention;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The version table: one {@code version_num} row per head the database is at, as Alembic's {@code alembic_version}.
 * The column is VARCHAR(255), wider than any id Loquent accepts (Alembic's VARCHAR(32) is a known trap). All SQL comes
 * from the dialect.
 */
public final class VersionStore {
    static final String COLUMN = "version_num";

    private final Dialect dialect;
    private final String table;
    private final NamingConvention naming;

    public VersionStore(Dialect dialect, String table, NamingConvention naming) {
        this.dialect = dialect;
        this.table = table;
        this.naming = naming;
    }

    public String table() {
        return table;
    }

    /** The statements that create the table. */
    public List<String> createStatements(RenderContext context) {
        Column column = new Column(COLUMN, new ColumnType(ColumnType.Kind.STRING, 255, null, null), false, false, null, null);
        return dialect.render(new CreateTable(table, List.of(column),
                List.of(new TableConstraint.PrimaryKey(naming.primaryKeyName(table), List.of(COLUMN))), null), context);
    }

    public boolean exists(Connection connection) throws SQLException {
        return Catalog.tableExists(connection, table);
    }

    /** The rows; empty (base) when the table does not exist. */
    public Set<String> read(Connection connection) throws SQLException {
        Set<String> rows = new LinkedHashSet<>();
        if (!exists(connection)) {
            return rows;
        }
        Catalog.requireColumns(connection, table, List.of(COLUMN), "version");
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(dialect.select(table, List.of(COLUMN), null))) {
            while (rs.next()) {
                rows.add(rs.getString(1));
            }
        }
        return rows;
    }

    /** The statements that change the rows from {@code before} to {@code after}: one UPDATE where one row moves. */
    public List<String> changeStatements(Set<String> before, Set<String> after, RenderContext context) {
        List<String> removed = before.stream().filter(r -> !after.contains(r)).sorted().toList();
        List<String> added = after.stream().filter(r -> !before.contains(r)).sorted().toList();
        List<String> statements = new ArrayList<>();
        if (removed.size() == 1 && added.size() == 1) {
            statements.add(dialect.updateWhere(table, COLUMN, removed.get(0), added.get(0)));
            return statements;
        }
        removed.forEach(r -> statements.add(dialect.deleteWhere(table, COLUMN, r)));
        if (!added.isEmpty()) {
            statements.addAll(dialect.render(new BulkInsert(table,
                    added.stream().map(a -> Map.<String, Object>of(COLUMN, a)).toList()), context));
        }
        return statements;
    }
}
