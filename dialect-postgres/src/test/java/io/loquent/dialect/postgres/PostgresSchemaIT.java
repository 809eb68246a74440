package io.loquent.dialect.postgres;

import io.loquent.dialectkit.ContractDatabase;
import io.loquent.dialectkit.SchemaContract;
import io.loquent.testing.TestDatabaseExtension;
import java.util.List;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Schemas on PostgreSQL: the class's own schema is the default one, and a second schema is made for each test. */
class PostgresSchemaIT extends SchemaContract {
    @RegisterExtension
    static final TestDatabaseExtension DB = TestDatabaseExtension.postgres();

    @Override
    protected ContractDatabase database() {
        return new PostgresContractDatabase(DB);
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
        return List.of("CREATE SCHEMA \"" + schema + "\"");
    }

    @Override
    protected List<String> dropSchema(String schema) {
        return List.of("DROP SCHEMA IF EXISTS \"" + schema + "\" CASCADE");
    }
}
