package io.loquent.core.internal.replay;

import io.loquent.api.DefinitionException;
import io.loquent.api.schema.Schema;
import io.loquent.api.schema.Table;
import io.loquent.api.schema.TableConstraint;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The schema replayed so far, the revision being replayed, and the look-ups that refuse with a
 * {@link ReplayException}.
 */
class SchemaLookup {
    final Schema schema;
    final String revision;

    SchemaLookup(Schema schema, String revision) {
        this.schema = schema;
        this.revision = revision;
    }

    ReplayException refuse(String operation, String subject, String why) {
        return new ReplayException(operation, subject, why, revision);
    }

    /** The table {@code name}, or a refusal {@code no such table}. */
    Table table(String operation, String subject, String name) {
        return schema.table(name).orElseThrow(() -> refuse(operation, subject, "no such table"));
    }

    /** {@code build}'s result; a model that refuses it (an unknown column, a name twice) is a replay refusal. */
    <T> T defined(String operation, String subject, Supplier<T> build) {
        try {
            return build.get();
        } catch (DefinitionException e) {
            throw refuse(operation, subject, e.getMessage());
        }
    }

    /** The first foreign key of another table than {@code table} that references it, if any. */
    Optional<Referencing> referencedBy(String table) {
        for (Table t : schema.tables()) {
            if (t.name().equals(table)) {
                continue;
            }
            for (TableConstraint.ForeignKey fk : t.foreignKeys()) {
                if (fk.referencedTable().equals(table)) {
                    return Optional.of(new Referencing(t.name(), fk));
                }
            }
        }
        return Optional.empty();
    }

    /** Refuses a foreign key whose referenced table or columns do not exist ({@code self} is the table being built). */
    void requireReferenced(String operation, String subject, TableConstraint constraint, Table self) {
        if (!(constraint instanceof TableConstraint.ForeignKey fk)) {
            return;
        }
        Table target = fk.referencedTable().equals(self.name()) ? self : schema.table(fk.referencedTable())
                .orElseThrow(() -> refuse(operation, subject, "foreign key " + fk.name()
                        + " references table " + fk.referencedTable() + ", which does not exist"));
        for (String column : fk.referencedColumns()) {
            if (target.column(column).isEmpty()) {
                throw refuse(operation, subject, "foreign key " + fk.name() + " references column "
                        + target.name() + "." + column + ", which does not exist");
            }
        }
    }

    /** {@code primary key}, {@code unique}, {@code foreign key}, {@code check}: a kind as the message says it. */
    static String kind(TableConstraint.Kind kind) {
        return kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }

    /** A foreign key of table {@code table}. */
    record Referencing(String table, TableConstraint.ForeignKey foreignKey) {
        String describe() {
            return "foreign key " + foreignKey.name() + " of table " + table;
        }
    }

    static <T> List<T> append(List<T> items, T item) {
        List<T> result = new java.util.ArrayList<>(items);
        result.add(item);
        return result;
    }
}
