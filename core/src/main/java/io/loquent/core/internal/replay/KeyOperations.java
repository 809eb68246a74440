package io.loquent.core.internal.replay;

import io.loquent.api.operation.AddConstraint;
import io.loquent.api.operation.CreateIndex;
import io.loquent.api.operation.DropConstraint;
import io.loquent.api.operation.DropIndex;
import io.loquent.api.schema.Index;
import io.loquent.api.schema.TableName;
import io.loquent.api.schema.Schema;
import io.loquent.api.schema.Table;
import io.loquent.api.schema.TableConstraint;
import java.util.List;
import java.util.Set;

/**
 * Constraints and indexes. Index names are taken as schema-wide (PostgreSQL and SQLite; MySQL's per-table names are
 * the looser rule), constraints are found by name within their table, and a kind given on a drop must match. A
 * primary key or unique constraint that a foreign key still relies on cannot be dropped (PostgreSQL refuses without
 * CASCADE, MySQL and MariaDB refuse to drop the index a foreign key needs).
 */
final class KeyOperations extends SchemaLookup {
    KeyOperations(Schema schema, String revision) {
        super(schema, revision);
    }

    Schema createIndex(CreateIndex op) {
        String subject = op.table() + "." + op.name();
        Table table = table("createIndex", subject, op.table());
        for (Table t : schema.tables()) {
            if (t.index(op.name()).isPresent() // names are per schema
                    && java.util.Objects.equals(TableName.schemaOf(t.name()), TableName.schemaOf(op.table()))) {
                throw refuse("createIndex", subject, "index already exists on table " + t.name());
            }
        }
        return schema.withTable(defined("createIndex", subject, () -> table.withIndex(op.index())));
    }

    Schema dropIndex(DropIndex op) {
        String subject = op.table() + "." + op.name();
        if (op.ifExists() && schema.table(op.table()).flatMap(t -> t.index(op.name())).isEmpty()) {
            return schema;
        }
        Table table = table("dropIndex", subject, op.table());
        if (table.index(op.name()).isEmpty()) {
            throw refuse("dropIndex", subject, table.constraint(op.name()).isPresent()
                    ? "it is a constraint, not an index; use dropConstraint" : "no such index");
        }
        return schema.withTable(table.withoutIndex(op.name()));
    }

    Schema add(AddConstraint op) {
        TableConstraint c = op.constraint();
        String subject = op.table() + "." + c.name();
        Table table = table("addConstraint", subject, op.table());
        if (table.constraint(c.name()).isPresent()) {
            throw refuse("addConstraint", subject, "constraint already exists");
        }
        if (c instanceof TableConstraint.PrimaryKey) {
            table.primaryKey().ifPresent(pk -> {
                throw refuse("addConstraint", subject, "the table already has primary key " + pk.name());
            });
        }
        Table changed = defined("addConstraint", subject, () -> table.withConstraint(c));
        requireReferenced("addConstraint", subject, c, changed);
        return schema.withTable(changed);
    }

    Schema drop(DropConstraint op) {
        String subject = op.table() + "." + op.name();
        Table table = table("dropConstraint", subject, op.table());
        TableConstraint c = table.constraint(op.name()).orElseThrow(() -> refuse("dropConstraint", subject,
                table.index(op.name()).isPresent() ? "it is an index, not a constraint; use dropIndex"
                        : "no such constraint"));
        if (op.kind() != null && op.kind() != c.kind()) {
            throw refuse("dropConstraint", subject, "it is a " + kind(c.kind()) + " constraint, not a "
                    + kind(op.kind()) + " constraint");
        }
        if (c instanceof TableConstraint.PrimaryKey || c instanceof TableConstraint.Unique) {
            Table without = table.withoutConstraint(op.name());
            for (Table other : schema.tables()) {
                for (TableConstraint.ForeignKey fk : other.foreignKeys()) {
                    if (fk.referencedTable().equals(op.table()) && Set.copyOf(fk.referencedColumns())
                            .equals(Set.copyOf(keyColumns(c))) && !keyed(without, fk.referencedColumns())) {
                        throw refuse("dropConstraint", subject, "foreign key " + fk.name() + " of table "
                                + other.name() + " references its columns; drop that first");
                    }
                }
            }
        }
        return schema.withTable(table.withoutConstraint(op.name()));
    }

    private static List<String> keyColumns(TableConstraint c) {
        return c instanceof TableConstraint.PrimaryKey pk ? pk.columns() : ((TableConstraint.Unique) c).columns();
    }

    /** Whether another key or a full unique index of {@code table} still covers exactly {@code columns}. */
    private static boolean keyed(Table table, List<String> columns) {
        Set<String> wanted = Set.copyOf(columns);
        return table.constraints().stream().anyMatch(c -> (c instanceof TableConstraint.PrimaryKey
                || c instanceof TableConstraint.Unique) && Set.copyOf(keyColumns(c)).equals(wanted))
                || table.indexes().stream().anyMatch(i -> i.unique() && i.where() == null
                && Set.copyOf(i.columns()).equals(wanted));
    }
}
