package io.loquent.dialect.mysql;

import static org.assertj.core.api.Assertions.assertThat;

import io.loquent.dialectkit.ColumnAttributeContract;
import io.loquent.dialectkit.ContractDatabase;
import io.loquent.testing.TestDatabaseExtension;
import java.sql.Connection;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Column attributes on MySQL/MariaDB: an identity's start as the table's AUTO_INCREMENT, generated columns both ways,
 * AFTER and FIRST honoured.
 */
class MySqlColumnAttributeIT extends ColumnAttributeContract {
    @RegisterExtension
    static final TestDatabaseExtension DB = TestDatabaseExtension.mysql();

    @Override
    protected ContractDatabase database() {
        return new MySqlContractDatabase(DB);
    }

    @Override
    protected IdentitySupport identitySupport() {
        return IdentitySupport.START_ONLY;
    }

    @Override
    protected boolean placesColumns() {
        return true;
    }

    /** information_schema.TABLES.AUTO_INCREMENT (the next value) and COLUMNS' EXTRA and GENERATION_EXPRESSION. */
    @Override
    protected void catalogueHolds(Connection c) throws Exception {
        assertThat(value(c, "SELECT AUTO_INCREMENT FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE()"
                + " AND TABLE_NAME = 'items'")).isEqualTo("1000");
        String column = "SELECT CONCAT(EXTRA, ' ', GENERATION_EXPRESSION) FROM information_schema.COLUMNS"
                + " WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'items' AND COLUMN_NAME = ";
        assertThat(value(c, column + "'total'")).isEqualTo("STORED GENERATED `price` * `qty`");
        assertThat(value(c, column + "'tax'")).isEqualTo("STORED GENERATED `price` / 10");
        assertThat(value(c, column + "'doubled'")).isEqualTo("VIRTUAL GENERATED `qty` * 2");
        assertThat(value(c, column + "'half'")).isEqualTo("VIRTUAL GENERATED `qty` / 2");
        assertThat(value(c, "SELECT EXTRA FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE()"
                + " AND TABLE_NAME = 'items' AND COLUMN_NAME = 'id'")).isEqualTo("auto_increment");
    }
}
