package io.loquent.dialect.sqlite.internal;

import io.loquent.api.dialect.NotSupportedException;
import io.loquent.api.schema.TableConstraint;

/** What SQLite defers: foreign keys only; a deferrable unique constraint is refused. */
public final class Deferrals {
    private Deferrals() {
    }

    /** The clause after {@code constraint}'s definition: empty when it is not deferrable. */
    public static String clause(TableConstraint constraint, TableConstraint.Deferral deferral) {
        if (deferral == null) {
            return "";
        }
        if (!(constraint instanceof TableConstraint.ForeignKey)) {
            throw new NotSupportedException("sqlite", "defer unique constraint '" + constraint.name() + "'", "SQLite"
                    + " defers foreign keys only, and checks a unique constraint at each statement. Keep it"
                    + " immediate, or write the rows in an order that never duplicates a key");
        }
        return " " + deferral.sql();
    }
}
