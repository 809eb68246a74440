package io.loquent.jpa;

import io.loquent.testing.TestDatabaseExtension;
import java.util.List;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Entities in a PostgreSQL schema. */
class SchemaModelPostgresIT extends SchemaModelContract {
    @RegisterExtension
    static final TestDatabaseExtension DB = TestDatabaseExtension.postgres();

    @Override
    String url() {
        return DB.database().url();
    }

    @Override
    List<String> createSchema() {
        return List.of("CREATE SCHEMA " + SCHEMA);
    }

    @Override
    List<String> dropSchema() {
        return List.of("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
    }
}
