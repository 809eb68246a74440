package io.loquent.core.contract;

import io.loquent.testing.TestDatabase;
import io.loquent.testing.TestDatabaseExtension;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The contract on PostgreSQL: a fresh schema for the class, emptied before each test. */
class PostgresMigrationIT extends ServerMigrationContract {
    @RegisterExtension
    static final TestDatabaseExtension DB = TestDatabaseExtension.postgres();

    @Override
    TestDatabase database() {
        return DB.database();
    }

    @Override
    String outsideTransactionStatement() {
        return "CREATE INDEX CONCURRENTLY ix_t_a ON t (a)";
    }

    @Override
    boolean transactionalDdl() {
        return true;
    }

    @Override
    void clean() throws Exception {
        for (String table : tables()) {
            sql("DROP TABLE IF EXISTS \"" + table + "\" CASCADE");
        }
    }

    /** 64 ASCII characters are 64 bytes, one more than PostgreSQL keeps. */
    @Override
    String[] overlongNameAndLimit() {
        return new String[] {"n".repeat(64), "it is 64 bytes in UTF-8 and postgresql allows at most 63 bytes in UTF-8"};
    }
}
