package io.loquent.dialect.mysql.internal;

import io.loquent.api.LoquentException;
import io.loquent.api.dialect.KnownSchema;
import io.loquent.api.operation.AlterColumn;
import io.loquent.api.schema.Column;
import io.loquent.api.schema.Table;
import io.loquent.dialect.mysql.MySqlDialect;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The columns of one table as a run of changes leaves them. Rendering happens before anything runs, so once a batch
 * has added, altered or renamed a column, information_schema no longer describes it: later changes must start from
 * what the batch made, not from the catalogue, or MODIFY COLUMN would restate the old definition. An unchanged column
 * comes from the catalogue online and, offline, from the table as the replayed history leaves it. MySQL column names
 * are case-insensitive, and so are the keys here.
 */
final class ColumnStates {
    private final String table;
    private final MySqlDialect dialect;
    private final MySqlCatalog catalog;
    private final KnownSchema known;
    private final Map<String, ColumnState> states = new HashMap<>();
    private final Map<String, String> catalogNames = new HashMap<>();
    private Table replayed;
    private String unknownWhy;

    /**
     * @param catalog the catalogue to read unchanged columns from, or null offline
     * @param known   offline, the schema the history builds up to the change, or null
     */
    ColumnStates(String table, MySqlDialect dialect, MySqlCatalog catalog, KnownSchema known) {
        this.table = table;
        this.dialect = dialect;
        this.catalog = catalog;
        this.known = known;
    }

    /** The column {@code op} changes, as it stands before the change, with the user's {@code existing…} over it. */
    ColumnState before(AlterColumn op) {
        ColumnState state = states.get(key(op.column()));
        if (state != null) {
            return state;
        }
        String name = catalogNames.getOrDefault(key(op.column()), op.column());
        unknownWhy = null;
        ColumnState stored = catalog != null ? catalog.column(table, name) : replayed(name);
        return stored.withExisting(op, dialect);
    }

    /** Why the last column looked up offline has no known definition, as a clause; null when it had one. */
    String unknownWhy() {
        return unknownWhy;
    }

    private ColumnState replayed(String column) {
        if (known == null) {
            unknownWhy = "an operation rendered on its own has no revision history to replay it from";
            return ColumnState.UNKNOWN;
        }
        try {
            if (replayed == null) {
                replayed = known.table(table);
            }
        } catch (LoquentException e) {
            unknownWhy = e.getMessage();
            return ColumnState.UNKNOWN;
        }
        return replayed.columns().stream().filter(c -> c.name().equalsIgnoreCase(column)).findFirst()
                .map(c -> ColumnState.of(c, dialect)).orElseGet(() -> {
                    unknownWhy = "table " + table + " has no column " + column + " in the schema the history builds";
                    return ColumnState.UNKNOWN;
                });
    }

    void added(Column column) {
        states.put(key(column.name()), ColumnState.of(column, dialect));
    }

    void changed(String column, String newName, ColumnState state) {
        states.remove(key(column));
        states.put(key(newName), state);
    }

    void renamed(String column, String newName) {
        ColumnState state = states.remove(key(column));
        if (state != null) {
            states.put(key(newName), state);
        } else {
            catalogNames.put(key(newName), catalogNames.getOrDefault(key(column), column));
        }
    }

    void dropped(String column) {
        states.remove(key(column));
        catalogNames.remove(key(column));
    }

    private static String key(String column) {
        return column.toLowerCase(Locale.ROOT);
    }
}
