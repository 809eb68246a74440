package io.loquent.dialectkit.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import io.loquent.dialectkit.ContractDatabase;
import io.loquent.dialectkit.IndexContract;

/** The index spec on SQLite: expressions and WHERE; no method, INCLUDE or prefix; concurrently changes nothing. */
class SqliteIndexTest extends IndexContract {
    @Override
    protected ContractDatabase database() {
        return SqliteContractDatabase.INSTANCE;
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
        return false;
    }

    @Override
    protected boolean prefixLengths() {
        return false;
    }

    /** SQLite builds every index under its one write lock: the statement is the ordinary one, in the transaction. */
    @Override
    protected void assertConcurrentBuild(String script) {
        assertThat(script).doesNotContain("CONCURRENTLY").doesNotContain("autocommit block")
                .contains("CREATE INDEX \"ix_people\" ON \"people\" (`email`)");
    }
}
