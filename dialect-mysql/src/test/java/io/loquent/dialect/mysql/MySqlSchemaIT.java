package io.loquent.dialect.mysql;

import io.loquent.dialectkit.ContractDatabase;
import io.loquent.dialectkit.SchemaContract;
import io.loquent.testing.TestDatabaseExtension;
import java.util.List;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Schemas on MariaDB or MySQL: the class's own database is the default one, and a second database is made per test. */
class MySqlSchemaIT extends SchemaContract {
    @RegisterExtension
    static final TestDatabaseExtension DB = TestDatabaseExtension.mysql();

    @Override
    protected ContractDatabase database() {
        return new MySqlContractDatabase(DB);
    }

    @Override
    protected String defaultSchema() {
        return DB.database().name();
    }

    @Override
    protected String otherSchema() {
        return DB.database().name() + "_app";
    }

    @Override
    protected List<String> createSchema(String schema) {
        return List.of("CREATE DATABASE `" + schema + "`");
    }

    /** With the checks off for the session, as a default-schema table may reference the database's tables. */
    @Override
    protected List<String> dropSchema(String schema) {
        return List.of("SET FOREIGN_KEY_CHECKS = 0", "DROP DATABASE IF EXISTS `" + schema + "`");
    }
}
