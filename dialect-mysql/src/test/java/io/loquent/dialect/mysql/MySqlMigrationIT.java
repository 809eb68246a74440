package io.loquent.dialect.mysql;

import static org.assertj.core.api.Assertions.assertThat;

import io.loquent.core.Loquent;
import io.loquent.dialectkit.ContractDatabase;
import io.loquent.dialectkit.MigrationContract;
import io.loquent.dialectkit.RevisionFiles;
import io.loquent.testing.TestDatabaseExtension;
import java.sql.Connection;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The migration contract on MySQL/MariaDB: a fresh database for the class, emptied before each test. */
class MySqlMigrationIT extends MigrationContract {
    @RegisterExtension
    static final TestDatabaseExtension DB = TestDatabaseExtension.mysql();

    @Override
    protected ContractDatabase database() {
        return new MySqlContractDatabase(DB);
    }

    @Test
    void jdbcMysqlUrlsConnectThroughTheBundledDriver() throws Exception {
        RevisionFiles.write(scripts, "1.java", "m1", null, "op.createTable(\"users\", t -> t.column(\"id\", integer().primaryKey()));", "");
        String mysqlUrl = url().replaceFirst("^jdbc:mariadb:", "jdbc:mysql:").replace("permitMysqlScheme=true", "");
        Loquent loquent = Loquent.configure().url(mysqlUrl).scripts(scripts).load();
        loquent.upgrade("m1");
        assertThat(loquent.current()).extracting(r -> r.id()).containsExactly("m1");
        assertThat(tables()).contains("users");
    }

    @Override
    protected String outsideTransactionStatement() {
        return "CREATE INDEX ix_t_a ON t (a)";
    }

    @Override
    protected boolean transactionalDdl() {
        return false;
    }

    @Override
    protected boolean uniqueIndexesAreKeys() {
        return true;
    }

    @Override
    protected boolean restrictIsTheDefault() {
        return true;
    }

    @Override
    protected String[] overlongNameAndLimit() {
        return new String[] {"\u00f1".repeat(65), "it is 65 characters and mysql allows at most 64 characters"};
    }

    @Override
    protected String quoted(String name) {
        return '`' + name + '`';
    }

    /** A backslash is an ordinary character with {@code NO_BACKSLASH_ESCAPES}. */
    @Override
    protected String urlWithUnusualStringSettings() throws Exception {
        String url = url() + (url().contains("?") ? "&" : "?") + "sessionVariables=sql_mode=NO_BACKSLASH_ESCAPES";
        try (Connection c = java.sql.DriverManager.getConnection(url);
             ResultSet rs = c.createStatement().executeQuery("SELECT @@sql_mode")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).as("the setting is in force, or the test proves nothing")
                    .contains("NO_BACKSLASH_ESCAPES");
        }
        return url;
    }
}
