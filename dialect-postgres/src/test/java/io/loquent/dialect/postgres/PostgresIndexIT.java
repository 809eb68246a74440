package io.loquent.dialect.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import io.loquent.dialectkit.ContractDatabase;
import io.loquent.dialectkit.IndexContract;
import io.loquent.testing.TestDatabaseExtension;
import java.sql.Connection;
import java.sql.ResultSet;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The index spec on PostgreSQL, which has all of it: a fresh schema for the class, emptied before each test. */
class PostgresIndexIT extends IndexContract {
    @RegisterExtension
    static final TestDatabaseExtension DB = TestDatabaseExtension.postgres();

    @Override
    protected ContractDatabase database() {
        return new PostgresContractDatabase(DB);
    }

    @Override
    protected boolean indexesExpressions() {
        return true;
    }

    @Override
    protected boolean partialIndexes() {
        return true;
    }

    @Override
    protected boolean methodsAndInclude() {
        return true;
    }

    @Override
    protected boolean prefixLengths() {
        return false;
    }

    /**
     * CREATE INDEX CONCURRENTLY fails in a transaction block, so the online run that succeeded ran it outside the
     * revision's transaction, and it left a valid index; the offline script commits before it and begins again after,
     * and a dry run (which rolls back) only writes the concurrent drop.
     */
    @Override
    protected void assertConcurrentBuild(String script) throws Exception {
        try (Connection c = connect(); ResultSet rs = c.createStatement().executeQuery("SELECT i.indisvalid,"
                + " i.indisready FROM pg_index i JOIN pg_class ic ON ic.oid = i.indexrelid"
                + " WHERE ic.relname = 'ix_people'")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getBoolean(1) && rs.getBoolean(2)).as("valid and ready").isTrue();
        }
        int create = script.indexOf("CREATE INDEX CONCURRENTLY \"ix_people\" ON \"people\" (\"email\");");
        assertThat(create).as(script).isPositive();
        String before = script.substring(0, create);
        String after = script.substring(create);
        assertThat(before.lastIndexOf("COMMIT;")).as("committed before it").isGreaterThan(before.lastIndexOf("BEGIN;"));
        assertThat(after.indexOf("BEGIN;")).as("a transaction again after it").isPositive()
                .isLessThan(after.indexOf("ADD COLUMN \"later\""));
        assertThat(loquent().dryRun("i1", false)).as("a dry run writes the concurrent drop, outside its transaction")
                .contains("DROP INDEX CONCURRENTLY \"ix_people\";");
        assertThat(reflect().table("people").orElseThrow().index("ix_people")).as("after the dry run").isPresent();
    }
}
