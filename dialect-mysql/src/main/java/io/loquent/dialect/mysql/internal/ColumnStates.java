package io.loquent.dialect.mysql.internal;

import io.loquent.api.operation.AlterColumn;
import io.loquent.api.schema.Column;
import io.loquent.dialect.mysql.MySqlDialect;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The columns of one table as a run of changes leaves them. Rendering happens before anything runs, so once a batch
 * has added, altered or renamed a column, information_schema no longer describes it: later changes must start from
 * what the batch made, not from the catalogue, or MODIFY COLUMN would restate the old definition. MySQL column names
 * are case-insensitive, and so are the keys here.
 */
final class ColumnStates {
    private final String table;
    private final MySqlDialect dialect;
    private final MySqlCatalog catalog;
    private final Map<String, ColumnState> known = new HashMap<>();
    private final Map<String, String> catalogNames = new HashMap<>();

    /** @param catalog the catalogue to read unchanged columns from, or null offline */
    ColumnStates(String table, MySqlDialect dialect, MySqlCatalog catalog) {
        this.table = table;
        this.dialect = dialect;
        this.catalog = catalog;
    }

    /** The column {@code op} changes, as it stands before the change. */
    ColumnState before(AlterColumn op) {
        ColumnState state = known.get(key(op.column()));
        if (state != null) {
            return state;
        }
        ColumnState stored = catalog == null ? ColumnState.UNKNOWN
                : catalog.column(table, catalogNames.getOrDefault(key(op.column()), op.column()));
        return stored.withExisting(op, dialect);
    }

    void added(Column column) {
        known.put(key(column.name()), ColumnState.of(column, dialect));
    }

    void changed(String column, String newName, ColumnState state) {
        known.remove(key(column));
        known.put(key(newName), state);
    }

    void renamed(String column, String newName) {
        ColumnState state = known.remove(key(column));
        if (state != null) {
            known.put(key(newName), state);
        } else {
            catalogNames.put(key(newName), catalogNames.getOrDefault(key(column), column));
        }
    }

    void dropped(String column) {
        known.remove(key(column));
        catalogNames.remove(key(column));
    }

    private static String key(String column) {
        return column.toLowerCase(Locale.ROOT);
    }
}
