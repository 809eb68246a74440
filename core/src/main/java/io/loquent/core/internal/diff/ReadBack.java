package io.loquent.core.internal.diff;

import io.loquent.api.dialect.Dialect;
import io.loquent.api.schema.Column;
import io.loquent.api.schema.Schema;
import io.loquent.api.schema.Table;

/**
 * A schema replayed from the history, in the form the database would read it back: each type as
 * {@link Dialect#reflectedType} says the catalogue returns it, and no comments where the database keeps none. It is
 * what the differ compares a model with when the replayed history stands in for the database, so that autogenerate
 * finds the same differences offline as against a database at the same revision.
 */
public final class ReadBack {
    private ReadBack() {
    }

    public static Schema of(Schema replayed, Dialect dialect) {
        return new Schema(replayed.tables().stream().map(t -> table(t, dialect)).toList(), replayed.sequences(),
                replayed.views());
    }

    private static Table table(Table table, Dialect dialect) {
        boolean comments = dialect.keepsComments();
        return new Table(table.name(), table.columns().stream().map(c -> c
                .withType(ColumnDiff.plain(dialect.reflectedType(ColumnDiff.plain(c.type()), c.autoIncrement())))
                .withComment(comments ? c.comment() : null)
                .withIdentity(dialect.keepsIdentityOptions() ? c.identity() : null)).toList(), table.constraints(),
                table.indexes(), comments ? table.comment() : null);
    }
}
