package io.loquent.core.contract;

import io.loquent.api.schema.DefaultValue;
import io.loquent.testing.TestDatabase;
import io.loquent.testing.TestDatabaseExtension;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The comparison contract on MariaDB: a fresh database for the class, emptied before each test. */
class MySqlComparisonIT extends ServerComparisonContract {
    @RegisterExtension
    static final TestDatabaseExtension DB = TestDatabaseExtension.mysql();

    @Override
    TestDatabase database() {
        return DB.database();
    }

    /**
     * Raw SQL as MariaDB writes it back (parenthesised, its own names for functions), and a decimal at the column's
     * scale.
     */
    @Override
    Map<String, DefaultValue> defaultsReadBackAs() {
        return Map.of("i_sql", new DefaultValue.Sql("(1 + 2)"), "s_sql", new DefaultValue.Sql("lcase('ABC')"),
                "d_short", new DefaultValue.Literal(new BigDecimal("1.50")));
    }

    @Override
    String nextValue(String sequence) {
        return "NEXT VALUE FOR `" + sequence + "`";
    }
}
