package io.loquent.jpa;

import io.loquent.testing.TestDatabaseExtension;
import java.util.List;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Entities in a second MariaDB or MySQL database. */
class SchemaModelMySqlIT extends SchemaModelContract {
    @RegisterExtension
    static final TestDatabaseExtension DB = TestDatabaseExtension.mysql();

    @Override
    String url() {
        return DB.database().url();
    }

    @Override
    List<String> createSchema() {
        return List.of("CREATE DATABASE " + SCHEMA);
    }

    @Override
    List<String> dropSchema() {
        return List.of("SET FOREIGN_KEY_CHECKS = 0", "DROP DATABASE IF EXISTS " + SCHEMA);
    }
}
