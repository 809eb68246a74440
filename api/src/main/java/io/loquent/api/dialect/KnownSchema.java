package io.loquent.api.dialect;

import io.loquent.api.LoquentException;
import io.loquent.api.schema.Schema;
import io.loquent.api.schema.Table;
import java.util.function.Function;

/**
 * The schema just before the operation being rendered, as replaying the revision history computes it. Offline
 * scripts have no catalogue to read, so a dialect that must restate a table (a SQLite rebuild) or a column (MySQL's
 * {@code MODIFY}) reads it here instead.
 */
public interface KnownSchema {
    /**
     * Everything the replay knows. A table that raw SQL ({@code op.execute}) may have changed is here as the
     * operations left it; {@link #table} is the look-up that says so.
     */
    Schema schema();

    /**
     * The table {@code name} as it stands before the operation.
     *
     * @throws LoquentException when the history does not create it, or raw SQL earlier in the history may have
     *                          changed it (the message names the revision and the statement)
     */
    Table table(String name);

    /** {@code schema} with every table known. */
    static KnownSchema of(Schema schema) {
        return of(schema, name -> null);
    }

    /**
     * {@code schema}, where {@code refusal} gives the reason a table's definition cannot be known (the whole message
     * of the refusal), or null when it can.
     */
    static KnownSchema of(Schema schema, Function<String, String> refusal) {
        return new KnownSchema() {
            @Override
            public Schema schema() {
                return schema;
            }

            @Override
            public Table table(String name) {
                String why = refusal.apply(name);
                if (why != null) {
                    throw new LoquentException(why);
                }
                return schema.table(name).orElseThrow(() -> new LoquentException("table " + name + " does not exist"
                        + " in the schema the history builds, so the offline script cannot know its definition"));
            }
        };
    }
}
