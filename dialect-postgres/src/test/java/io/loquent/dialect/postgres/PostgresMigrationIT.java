package io.loquent.dialect.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import io.loquent.dialectkit.ContractDatabase;
import io.loquent.dialectkit.MigrationContract;
import io.loquent.testing.TestDatabaseExtension;
import java.sql.Connection;
import java.sql.ResultSet;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The migration contract on PostgreSQL: a fresh schema for the class, emptied before each test. */
class PostgresMigrationIT extends MigrationContract {
    @RegisterExtension
    static final TestDatabaseExtension DB = TestDatabaseExtension.postgres();

    @Override
    protected ContractDatabase database() {
        return new PostgresContractDatabase(DB);
    }

    @Override
    protected String outsideTransactionStatement() {
        return "CREATE INDEX CONCURRENTLY ix_t_a ON t (a)";
    }

    @Override
    protected boolean transactionalDdl() {
        return true;
    }

    /** 64 ASCII characters are 64 bytes, one more than PostgreSQL keeps. */
    @Override
    protected String[] overlongNameAndLimit() {
        return new String[] {"n".repeat(64), "it is 64 bytes in UTF-8 and postgresql allows at most 63 bytes in UTF-8"};
    }

    /** Backslashes escape in plain literals with {@code standard_conforming_strings} off. */
    @Override
    protected String urlWithUnusualStringSettings() throws Exception {
        String url = url() + "&options=-c%20standard_conforming_strings%3Doff";
        try (Connection c = java.sql.DriverManager.getConnection(url);
             ResultSet rs = c.createStatement().executeQuery("SHOW standard_conforming_strings")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).as("the setting is in force, or the test proves nothing").isEqualTo("off");
        }
        return url;
    }
}
