package io.loquent.dialectkit.sqlite;

import io.loquent.dialectkit.ContractDatabase;
import io.loquent.dialectkit.SchemaContract;
import java.util.List;

/** Schemas on SQLite: refused, online, offline and for version_table_schema, with a message. */
class SqliteSchemaTest extends SchemaContract {
    @Override
    protected ContractDatabase database() {
        return SqliteContractDatabase.INSTANCE;
    }

    @Override
    protected boolean schemas() {
        return false;
    }

    @Override
    protected String defaultSchema() {
        return "main";
    }

    @Override
    protected String otherSchema() {
        return "app";
    }

    @Override
    protected List<String> createSchema(String schema) {
        return List.of();
    }

    @Override
    protected List<String> dropSchema(String schema) {
        return List.of();
    }
}
