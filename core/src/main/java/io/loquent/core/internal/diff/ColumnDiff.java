package io.loquent.core.internal.diff;

import io.loquent.api.dialect.Dialect;
import io.loquent.api.operation.AlterColumn;
import io.loquent.api.schema.Column;
import io.loquent.api.schema.ColumnType;
import io.loquent.api.schema.DefaultValue;
import io.loquent.api.schema.Generated;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * How a column of the model differs from the same column in the database, and the {@code alterColumn} each way.
 * Types compare through {@link Dialect#reflectedType}, so that what a database reads back for a type counts as that
 * type. What a model cannot say is not taken away: a default or a comment is compared only where the model gives
 * one, and an auto-increment only where the model asks for it and the database lacks it.
 */
final class ColumnDiff {
    private final Dialect dialect;
    private final Defaults defaults;

    ColumnDiff(Dialect dialect) {
        this.dialect = dialect;
        this.defaults = new Defaults(dialect);
    }

    /** The model's type as this database reads it back, without a native name. */
    ColumnType expected(Column model) {
        return plain(dialect.reflectedType(plain(model.type()), model.autoIncrement()));
    }

    static ColumnType plain(ColumnType type) {
        return type.nativeName() == null ? type : type.withNativeName(null);
    }

    /** Whether a column of the model and one of the database hold the same kind of value (a rename candidate). */
    boolean sameType(Column model, Column database) {
        return expected(model).equals(plain(database.type()));
    }

    /** The change that makes {@code database} (of {@code table}) into {@code model}, or null when they agree. */
    Change compare(String table, Column model, Column database) {
        List<String> said = new ArrayList<>();
        boolean type = !sameType(model, database);
        if (type) {
            said.add(typeDifference(model, plain(database.type())));
        }
        boolean nullable = model.nullable() != database.nullable();
        if (nullable) {
            said.add(nullability(model.nullable()) + " in the model, " + nullability(database.nullable())
                    + " in the database");
        }
        boolean defaults = model.defaultValue() != null && !this.defaults.same(model.defaultValue(), database.defaultValue());
        if (defaults) {
            said.add("default " + show(model.defaultValue()) + " in the model, " + show(database.defaultValue())
                    + " in the database");
        }
        boolean comment = model.comment() != null && dialect.keepsComments()
                && !model.comment().equals(database.comment());
        if (comment) {
            said.add("comment '" + model.comment() + "' in the model, "
                    + (database.comment() == null ? "none" : "'" + database.comment() + "'") + " in the database");
        }
        boolean identity = model.autoIncrement() && !database.autoIncrement();
        String summary = table + "." + model.name() + ": ";
        String byHand = byHand(model, database);
        if (byHand != null) {
            said.add(byHand);
            return new Change(summary + String.join("; ", said), List.of(), List.of(),
                    "not generated: no alterColumn changes an identity's options or a generation; change it by hand"
                            + " (op.execute, or drop and add the column)");
        }
        if (said.isEmpty()) {
            return identity ? manual(summary + "auto-increment in the model, not in the database") : null;
        }
        ColumnType was = plain(database.type());
        AlterColumn up = new AlterColumn(table, model.name(), type ? plain(model.type()) : null,
                nullable ? model.nullable() : null,
                defaults ? new AlterColumn.DefaultChange(model.defaultValue()) : null, null,
                comment ? model.comment() : null, was, database.nullable());
        AlterColumn down = new AlterColumn(table, model.name(), type ? was : null, nullable ? database.nullable() : null,
                defaults ? new AlterColumn.DefaultChange(database.defaultValue()) : null, null,
                comment ? Objects.requireNonNullElse(database.comment(), "") : null, plain(model.type()),
                model.nullable());
        String note = identity ? "auto-increment in the model, not in the database: not generated, change it by hand"
                : null;
        return new Change(summary + String.join("; ", said), List.of(up), List.of(down), note);
    }

    /**
     * Everything that differs between two states of one column, each side saying all there is (a snapshot and the
     * catalogue, not a model): type, nullability, default, comment where the database keeps one, auto-increment.
     * Phrased as {@code type string(100) then, string(200) now}.
     */
    List<String> changes(Column then, Column now) {
        List<String> said = new ArrayList<>();
        if (!expected(then).equals(expected(now))) {
            said.add("type " + expected(then) + " then, " + expected(now) + " now");
        }
        if (then.nullable() != now.nullable()) {
            said.add(nullability(then.nullable()) + " then, " + nullability(now.nullable()) + " now");
        }
        if (!defaults.same(then.defaultValue(), now.defaultValue())) {
            said.add("default " + show(then.defaultValue()) + " then, " + show(now.defaultValue()) + " now");
        }
        if (dialect.keepsComments() && !Objects.equals(then.comment(), now.comment())) {
            said.add("comment " + quoted(then.comment()) + " then, " + quoted(now.comment()) + " now");
        }
        if (dialect.keepsIdentityOptions() && then.autoIncrement() && now.autoIncrement()
                && !Objects.equals(then.identity(), now.identity())) {
            said.add(then.identityOrDefault() + " then, " + now.identityOrDefault() + " now");
        }
        if (then.generated() != null || now.generated() != null) {
            boolean same = then.generated() != null && now.generated() != null
                    && sameGeneration(then.generated(), now.generated());
            if (!same) {
                said.add(generation(then.generated()) + " then, " + generation(now.generated()) + " now");
            }
        }
        if (then.autoIncrement() != now.autoIncrement()) {
            said.add((then.autoIncrement() ? "auto-increment" : "no auto-increment") + " then, "
                    + (now.autoIncrement() ? "auto-increment" : "no auto-increment") + " now");
        }
        return said;
    }

    /**
     * How the identity options or the generation differ where the model states them, or null. Like a default, what
     * the model does not say is not taken away; identity options only where the database reads them back.
     */
    private String byHand(Column model, Column database) {
        List<String> said = new ArrayList<>();
        if (model.identity() != null && database.autoIncrement() && dialect.keepsIdentityOptions()
                && !model.identity().equals(database.identityOrDefault())) {
            said.add(model.identity() + " in the model, " + database.identityOrDefault() + " in the database");
        }
        if (model.generated() != null && (database.generated() == null
                || !sameGeneration(model.generated(), database.generated()))) {
            said.add("generated " + model.generated() + " in the model, "
                    + (database.generated() == null ? "not generated" : database.generated()) + " in the database");
        }
        return said.isEmpty() ? null : String.join("; ", said);
    }

    /** Whether two generations compute the same way: stored alike, expressions equal as the database stores them. */
    boolean sameGeneration(Generated a, Generated b) {
        return a.stored() == b.stored()
                && dialect.comparableExpression(a.expression()).equals(dialect.comparableExpression(b.expression()));
    }

    private static String quoted(String comment) {
        return comment == null ? "none" : "'" + comment + "'";
    }

    private static String generation(Generated generated) {
        return generated == null ? "not generated" : "generated " + generated;
    }

    /** A difference autogenerate reports but cannot write as an operation. */
    static Change manual(String summary) {
        return new Change(summary, List.of(), List.of(), "not generated: no operation expresses it; change it by hand");
    }

    private String typeDifference(Column model, ColumnType database) {
        ColumnType expected = expected(model);
        if (expected.kind() == database.kind() && expected.kind() == ColumnType.Kind.STRING) {
            return "length " + expected.length() + " in the model, " + database.length() + " in the database";
        }
        return "type " + model.type() + " in the model, " + database + " in the database";
    }

    private static String nullability(boolean nullable) {
        return nullable ? "nullable" : "NOT NULL";
    }

    static String show(DefaultValue value) {
        if (value == null) {
            return "none";
        }
        if (value instanceof DefaultValue.CurrentTimestamp) {
            return "CURRENT_TIMESTAMP";
        }
        return value instanceof DefaultValue.Literal l ? (l.value() instanceof String s ? "'" + s + "'"
                : String.valueOf(l.value())) : ((DefaultValue.Sql) value).expression();
    }
}
