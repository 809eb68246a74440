package io.loquent.dialect.postgres;

import io.loquent.api.schema.DefaultValue;
import io.loquent.dialectkit.ContractDatabase;
import io.loquent.dialectkit.ComparisonContract;
import io.loquent.testing.TestDatabaseExtension;
import java.util.Map;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The comparison contract on PostgreSQL: a fresh schema for the class, emptied before each test. */
class PostgresComparisonIT extends ComparisonContract {
    @RegisterExtension
    static final TestDatabaseExtension DB = TestDatabaseExtension.postgres();

    @Override
    protected ContractDatabase database() {
        return new PostgresContractDatabase(DB);
    }

    @Override
    protected boolean hasSequences() {
        return true;
    }

    /** Raw SQL as {@code pg_get_expr} writes it back: parenthesised, with the casts PostgreSQL infers. */
    @Override
    protected Map<String, DefaultValue> defaultsReadBackAs() {
        return Map.of("i_sql", new DefaultValue.Sql("(1 + 2)"), "s_sql", new DefaultValue.Sql("lower('ABC'::text)"));
    }

    @Override
    protected String ownedSequencesSql() {
        return "CREATE TABLE legacy (id SERIAL PRIMARY KEY, n BIGSERIAL, g INTEGER GENERATED ALWAYS AS IDENTITY)";
    }
}
