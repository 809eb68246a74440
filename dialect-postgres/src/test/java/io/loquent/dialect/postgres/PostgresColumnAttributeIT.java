package io.loquent.dialect.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import io.loquent.dialectkit.ColumnAttributeContract;
import io.loquent.dialectkit.ContractDatabase;
import io.loquent.testing.TestDatabaseExtension;
import java.sql.Connection;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Column attributes on PostgreSQL: full identity options, stored generated columns only, positions appended. */
class PostgresColumnAttributeIT extends ColumnAttributeContract {
    @RegisterExtension
    static final TestDatabaseExtension DB = TestDatabaseExtension.postgres();

    @Override
    protected ContractDatabase database() {
        return new PostgresContractDatabase(DB);
    }

    @Override
    protected IdentitySupport identitySupport() {
        return IdentitySupport.FULL;
    }

    @Override
    protected boolean virtualColumns() {
        return false;
    }

    /** pg_attribute.attidentity and the identity's pg_sequence; attgenerated and the expression in pg_attrdef. */
    @Override
    protected void catalogueHolds(Connection c) throws Exception {
        String attribute = "SELECT %s FROM pg_attribute WHERE attrelid = 'items'::regclass AND attname = '%s'";
        assertThat(value(c, attribute.formatted("attidentity", "id"))).isEqualTo("a");
        assertThat(value(c, "SELECT seqstart || ',' || seqincrement FROM pg_sequence"
                + " WHERE seqrelid = pg_get_serial_sequence('items', 'id')::regclass")).isEqualTo("1000,10");
        assertThat(value(c, attribute.formatted("attgenerated", "total"))).isEqualTo("s");
        assertThat(value(c, attribute.formatted("attgenerated", "tax"))).isEqualTo("s");
        assertThat(value(c, attribute.formatted("attgenerated", "price"))).isEmpty();
        assertThat(value(c, "SELECT pg_get_expr(adbin, adrelid) FROM pg_attrdef d JOIN pg_attribute a"
                + " ON a.attrelid = d.adrelid AND a.attnum = d.adnum WHERE d.adrelid = 'items'::regclass"
                + " AND a.attname = 'total'")).isEqualTo("(price * qty)");
    }
}
