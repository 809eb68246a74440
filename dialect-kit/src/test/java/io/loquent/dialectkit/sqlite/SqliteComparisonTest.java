package io.loquent.dialectkit.sqlite;

import io.loquent.api.schema.ColumnType;
import io.loquent.api.schema.DefaultValue;
import io.loquent.dialectkit.ContractDatabase;
import io.loquent.dialectkit.ComparisonContract;
import java.util.Map;

/** The comparison contract on SQLite: a fresh database file per test. */
class SqliteComparisonTest extends ComparisonContract {
    @Override
    protected ContractDatabase database() {
        return SqliteContractDatabase.INSTANCE;
    }

    /** A UUID column is a VARCHAR(36) to SQLite, so its default is the UUID's text. */
    @Override
    protected Map<String, DefaultValue> defaultsReadBackAs() {
        return Map.of("u_lit", new DefaultValue.Literal("123e4567-e89b-12d3-a456-426614174000"));
    }

    /** SQLite's rowid alias must be declared INTEGER. */
    @Override
    protected ColumnType autoIncrementType(ColumnType declared) {
        return ColumnType.of(ColumnType.Kind.INTEGER);
    }

    /** An INTEGER PRIMARY KEY is SQLite's rowid alias, which numbers rows whatever the DSL said. */
    @Override
    protected boolean manualIntegerKeyAutoIncrements() {
        return true;
    }

    @Override
    protected boolean hasSequences() {
        return false;
    }
}
