package io.loquent.dialect.postgres;

import io.loquent.dialectkit.ContractDatabase;
import io.loquent.dialectkit.ObjectContract;
import io.loquent.testing.TestDatabaseExtension;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Views and existence forms on PostgreSQL: a fresh schema for the class. */
class PostgresObjectIT extends ObjectContract {
    @RegisterExtension
    static final TestDatabaseExtension DB = TestDatabaseExtension.postgres();

    @Override
    protected ContractDatabase database() {
        return new PostgresContractDatabase(DB);
    }

    @Override
    protected boolean hasSequences() {
        return true;
    }

    @Override
    protected boolean defersForeignKeys() {
        return true;
    }

    @Override
    protected boolean defersUniques() {
        return true;
    }
}
