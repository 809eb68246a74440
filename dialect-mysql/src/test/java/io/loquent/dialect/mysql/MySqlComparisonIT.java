package io.loquent.dialect.mysql;

import io.loquent.api.schema.DefaultValue;
import io.loquent.dialectkit.ContractDatabase;
import io.loquent.dialectkit.ComparisonContract;
import io.loquent.testing.TestDatabaseExtension;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The comparison contract on MariaDB: a fresh database for the class, emptied before each test. */
class MySqlComparisonIT extends ComparisonContract {
    @RegisterExtension
    static final TestDatabaseExtension DB = TestDatabaseExtension.mysql();

    @Override
    protected ContractDatabase database() {
        return new MySqlContractDatabase(DB);
    }

    /** MariaDB has sequences (MySQL 8 has not; the dialect's unit tests cover its refusal). */
    @Override
    protected boolean hasSequences() {
        return true;
    }

    /**
     * Raw SQL as MariaDB writes it back (parenthesised, its own names for functions), and a decimal at the column's
     * scale.
     */
    @Override
    protected Map<String, DefaultValue> defaultsReadBackAs() {
        return Map.of("i_sql", new DefaultValue.Sql("(1 + 2)"), "s_sql", new DefaultValue.Sql("lcase('ABC')"),
                "d_short", new DefaultValue.Literal(new BigDecimal("1.50")));
    }

    @Override
    protected String nextValue(String sequence) {
        return "NEXT VALUE FOR `" + sequence + "`";
    }
}
