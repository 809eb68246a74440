package io.loquent.core.contract;

import io.loquent.testing.TestDatabase;
import java.sql.Connection;

/** The contract on a server database that the shared test helper provides for the whole class. */
abstract class ServerMigrationContract extends MigrationContract {
    /** The class's database, from its {@code TestDatabaseExtension}. */
    abstract TestDatabase database();

    @Override
    String url() {
        return database().url();
    }

    @Override
    Connection connect() throws Exception {
        return database().open();
    }
}
