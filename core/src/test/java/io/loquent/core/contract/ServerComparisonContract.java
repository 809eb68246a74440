package io.loquent.core.contract;

import io.loquent.testing.TestDatabase;
import java.sql.Connection;

/** The comparison contract on a server database that the shared test helper provides for the whole class. */
abstract class ServerComparisonContract extends ComparisonContract {
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

    /** Both servers have sequences (MySQL 8 has not; the dialect's unit tests cover its refusal). */
    @Override
    boolean hasSequences() {
        return true;
    }
}
