package io.loquent.dialect.sqlite.internal;

import io.loquent.api.schema.TableConstraint;
import io.loquent.dialect.sqlite.internal.ColumnClause.Kind;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * How a row of a table is named in messages: by its rowid in an ordinary table, by its primary key in a
 * {@code WITHOUT ROWID} table.
 */
final class RowLocator {
    private final SqlWords words;
    private final List<String> key = new ArrayList<>();
    private final String rowid;

    RowLocator(TableDefinition table, SqlWords words) {
        this.words = words;
        List<String> columns = table.columns().stream().map(ColumnDefinition::name).toList();
        this.rowid = table.withoutRowid() ? null : RowidNames.free(columns);
        if (rowid == null) {
            table.columns().stream().filter(c -> c.has(Kind.PRIMARY_KEY)).forEach(c -> key.add(c.name()));
            table.constraints().stream().filter(c -> c.kind() == TableConstraint.Kind.PRIMARY_KEY)
                    .forEach(c -> key.addAll(c.columns()));
        }
    }

    /** Rows described by {@link #describe}, as a list for a message: {@code rowid 3, 9, 30}. */
    String list(List<String> rows, boolean more) {
        return (rowid != null ? "rowid " : "") + String.join(", ", rows) + (more ? ", …" : "");
    }

    /** The select list that identifies a row; at least one expression. */
    String select() {
        if (rowid != null) {
            return rowid;
        }
        return key.isEmpty() ? "NULL" : String.join(", ", key.stream().map(words::quote).toList());
    }

    /** The row at the cursor, from column {@code first} on: {@code 17} (a rowid) or {@code (a, b) = (1, 'x')}. */
    String describe(ResultSet rs, int first) throws SQLException {
        if (rowid != null) {
            return Long.toString(rs.getLong(first));
        }
        if (key.isEmpty()) {
            return "a row";
        }
        List<String> values = new ArrayList<>();
        for (int i = 0; i < key.size(); i++) {
            values.add(words.literal(rs.getObject(first + i)));
        }
        return key.size() == 1 ? key.get(0) + " = " + values.get(0)
                : "(" + String.join(", ", key) + ") = (" + String.join(", ", values) + ")";
    }
}
