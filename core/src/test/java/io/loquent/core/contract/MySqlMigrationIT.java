package io.loquent.core.contract;

import io.loquent.testing.TestDatabase;
import io.loquent.testing.TestDatabaseExtension;
import java.sql.Connection;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The contract on MySQL/MariaDB: a fresh database for the class, emptied before each test. */
class MySqlMigrationIT extends ServerMigrationContract {
    @RegisterExtension
    static final TestDatabaseExtension DB = TestDatabaseExtension.mysql();

    @org.junit.jupiter.api.Test
    void jdbcMysqlUrlsConnectThroughTheBundledDriver() throws Exception {
        SeedScripts.write(scripts);
        String mysqlUrl = url().replaceFirst("^jdbc:mariadb:", "jdbc:mysql:").replace("permitMysqlScheme=true", "");
        io.loquent.core.Loquent loquent = io.loquent.core.Loquent.configure().url(mysqlUrl).scripts(scripts).load();
        loquent.upgrade("s1");
        org.assertj.core.api.Assertions.assertThat(loquent.current()).extracting(r -> r.id()).containsExactly("s1");
        org.assertj.core.api.Assertions.assertThat(tables()).contains("users", "post_tags");
    }

    @Override
    TestDatabase database() {
        return DB.database();
    }

    @Override
    String outsideTransactionStatement() {
        return "CREATE INDEX ix_t_a ON t (a)";
    }

    @Override
    boolean transactionalDdl() {
        return false;
    }

    @Override
    void clean() throws Exception {
        for (String table : tables()) {
            try (Connection c = connect(); java.sql.Statement st = c.createStatement()) {
                st.execute("SET FOREIGN_KEY_CHECKS = 0");
                st.execute("DROP TABLE IF EXISTS `" + table + "`");
            }
        }
    }

    @Override
    boolean uniqueIndexesAreKeys() {
        return true;
    }

    @Override
    String[] overlongNameAndLimit() {
        return new String[] {"\u00f1".repeat(65), "it is 65 characters and mysql allows at most 64 characters"};
    }

    @Override
    String quoted(String name) {
        return '`' + name + '`';
    }
}
