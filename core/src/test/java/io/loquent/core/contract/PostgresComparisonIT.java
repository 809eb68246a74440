package io.loquent.core.contract;

import io.loquent.api.schema.DefaultValue;
import io.loquent.testing.TestDatabase;
import io.loquent.testing.TestDatabaseExtension;
import java.util.Map;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The comparison contract on PostgreSQL: a fresh schema for the class, emptied before each test. */
class PostgresComparisonIT extends ServerComparisonContract {
    @RegisterExtension
    static final TestDatabaseExtension DB = TestDatabaseExtension.postgres();

    @Override
    TestDatabase database() {
        return DB.database();
    }

    /** Raw SQL as {@code pg_get_expr} writes it back: parenthesised, with the casts PostgreSQL infers. */
    @Override
    Map<String, DefaultValue> defaultsReadBackAs() {
        return Map.of("i_sql", new DefaultValue.Sql("(1 + 2)"), "s_sql", new DefaultValue.Sql("lower('ABC'::text)"));
    }

    @Override
    String ownedSequencesSql() {
        return "CREATE TABLE legacy (id SERIAL PRIMARY KEY, n BIGSERIAL, g INTEGER GENERATED ALWAYS AS IDENTITY)";
    }
}
