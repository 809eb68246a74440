package io.loquent.core.contract;

import io.loquent.testing.TestDatabaseExtension;
import java.sql.Connection;
import java.sql.Statement;

/** Autogenerate on a server database that the shared test helper provides for the whole class. */
abstract class ServerAutogenerateContract extends AutogenerateContract {
    /** The class's database. */
    abstract TestDatabaseExtension db();

    /** The statements that drop {@code table} whatever references it. */
    abstract String[] dropTable(String table);

    @Override
    String url() {
        return db().database().url();
    }

    @Override
    Connection connect() throws Exception {
        return db().database().open();
    }

    @Override
    void clean() throws Exception {
        for (String table : tables()) {
            try (Connection c = connect(); Statement st = c.createStatement()) {
                for (String sql : dropTable(table)) {
                    st.execute(sql);
                }
            }
        }
    }
}
