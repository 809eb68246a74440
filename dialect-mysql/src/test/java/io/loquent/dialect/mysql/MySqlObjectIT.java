package io.loquent.dialect.mysql;

import io.loquent.dialectkit.ContractDatabase;
import io.loquent.dialectkit.ObjectContract;
import io.loquent.testing.TestDatabaseExtension;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Views and existence forms on MariaDB (sequences included): a fresh database for the class. */
class MySqlObjectIT extends ObjectContract {
    @RegisterExtension
    static final TestDatabaseExtension DB = TestDatabaseExtension.mysql();

    @Override
    protected ContractDatabase database() {
        return new MySqlContractDatabase(DB);
    }

    @Override
    protected boolean hasSequences() {
        return true;
    }

    @Override
    protected boolean defersForeignKeys() {
        return false;
    }

    @Override
    protected boolean defersUniques() {
        return false;
    }
}
