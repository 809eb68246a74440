package io.loquent.dialect.sqlite.internal;

import io.loquent.api.schema.TableConstraint;
import io.loquent.dialect.sqlite.internal.ColumnClause.Kind;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Whether a table draft still offers what a foreign key of another table needs: a primary key, or a unique key or
 * unique index without WHERE clause or expressions, on exactly the referenced columns (SQLite reports "foreign key
 * mismatch" otherwise).
 */
final class ParentKeys {
    private ParentKeys() {
    }

    static boolean has(TableDraft draft, ChildKey child) {
        Set<String> wanted = keys(child.referenced());
        if (wanted.isEmpty()) {
            return draft.hasPrimaryKey();
        }
        for (ColumnDefinition column : draft.columns) {
            boolean key = column.has(Kind.PRIMARY_KEY) || column.has(Kind.UNIQUE);
            if (key && wanted.equals(keys(List.of(column.name())))) {
                return true;
            }
        }
        for (TableConstraintDefinition c : draft.constraints) {
            boolean unique = c.kind() == TableConstraint.Kind.PRIMARY_KEY || c.kind() == TableConstraint.Kind.UNIQUE;
            if (unique && wanted.equals(keys(c.columns()))) {
                return true;
            }
        }
        for (IndexInfo index : draft.indexes) {
            if (index.unique() && !index.partial() && !index.hasExpressions() && wanted.equals(keys(index.columns()))) {
                return true;
            }
        }
        return draft.newIndexes.stream().anyMatch(ix -> ix.unique() && wanted.equals(keys(ix.columns())));
    }

    private static Set<String> keys(List<String> names) {
        Set<String> keys = new HashSet<>();
        names.stream().filter(Objects::nonNull).forEach(n -> keys.add(SqlToken.key(n)));
        return keys;
    }
}
