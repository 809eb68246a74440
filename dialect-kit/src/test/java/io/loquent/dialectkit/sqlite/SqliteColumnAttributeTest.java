package io.loquent.dialectkit.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import io.loquent.dialectkit.ColumnAttributeContract;
import io.loquent.dialectkit.ContractDatabase;
import java.sql.Connection;

/**
 * Column attributes on SQLite: generated columns both ways (a stored one added by a table rebuild), no identity
 * options, positions appended.
 */
class SqliteColumnAttributeTest extends ColumnAttributeContract {
    @Override
    protected ContractDatabase database() {
        return SqliteContractDatabase.INSTANCE;
    }

    @Override
    protected IdentitySupport identitySupport() {
        return IdentitySupport.NONE;
    }

    /** PRAGMA table_xinfo marks a virtual generated column hidden 2, a stored one 3; the text is sqlite_master's. */
    @Override
    protected void catalogueHolds(Connection c) throws Exception {
        String hidden = "SELECT hidden FROM pragma_table_xinfo('items') WHERE name = ";
        assertThat(value(c, hidden + "'total'")).isEqualTo("3");
        assertThat(value(c, hidden + "'tax'")).isEqualTo("3");
        assertThat(value(c, hidden + "'doubled'")).isEqualTo("2");
        assertThat(value(c, hidden + "'half'")).isEqualTo("2");
        assertThat(value(c, hidden + "'price'")).isEqualTo("0");
        assertThat(value(c, "SELECT sql FROM sqlite_master WHERE name = 'items'"))
                .contains("\"total\" INTEGER GENERATED ALWAYS AS (price * qty) STORED",
                        "\"tax\" INTEGER GENERATED ALWAYS AS (price / 10) STORED",
                        "\"doubled\" INTEGER GENERATED ALWAYS AS (qty * 2) VIRTUAL",
                        "\"half\" INTEGER GENERATED ALWAYS AS (qty / 2) VIRTUAL");
    }
}
