package io.loquent.dialect.mysql;

import static org.assertj.core.api.Assertions.assertThat;

import io.loquent.dialectkit.ContractDatabase;
import io.loquent.dialectkit.IndexContract;
import io.loquent.testing.TestDatabaseExtension;
import java.sql.Connection;
import java.util.Locale;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The index spec on MySQL/MariaDB: prefix lengths; expressions on MySQL 8.0.13+ only; no WHERE, method or INCLUDE;
 * concurrently as ALGORITHM=INPLACE LOCK=NONE. A fresh database for the class, emptied before each test.
 */
class MySqlIndexIT extends IndexContract {
    @RegisterExtension
    static final TestDatabaseExtension DB = TestDatabaseExtension.mysql();

    @Override
    protected ContractDatabase database() {
        return new MySqlContractDatabase(DB);
    }

    @Override
    protected boolean indexesExpressions() throws Exception {
        try (Connection c = connect()) {
            return !c.getMetaData().getDatabaseProductVersion().toLowerCase(Locale.ROOT).contains("mariadb");
        }
    }

    @Override
    protected boolean partialIndexes() {
        return false;
    }

    @Override
    protected boolean methodsAndInclude() {
        return false;
    }

    @Override
    protected boolean prefixLengths() {
        return true;
    }

    /** The online build that refuses to block: it fails rather than lock where InnoDB cannot build it in place. */
    @Override
    protected void assertConcurrentBuild(String script) {
        assertThat(script).contains("CREATE INDEX `ix_people` ON `people` (`email`) ALGORITHM=INPLACE LOCK=NONE");
    }
}
