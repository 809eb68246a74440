package com.example.loquent.h2;

import io.loquent.dialectkit.ContractDatabase;
import io.loquent.dialectkit.MigrationContract;
import java.util.Set;

/**
 * The dialect contract on H2: a fresh embedded database in each test's folder. Unquoted names fold to lower case
 * ({@code DATABASE_TO_LOWER}), as the contract's plain SQL expects of a database that keeps the names Loquent quotes.
 */
class H2MigrationTest extends MigrationContract {
    @Override
    protected ContractDatabase database() {
        return dir -> "jdbc:h2:" + dir.resolve("test") + ";DATABASE_TO_LOWER=TRUE";
    }

    /** This example reads no catalogue, so the contract asserts its refusal where a test needs one. */
    @Override
    protected boolean reflects() {
        return false;
    }

    @Override
    protected Set<String> dialectTables() {
        return Set.of(H2RowLock.TABLE);
    }

    @Override
    protected boolean transactionalDdl() {
        return false;
    }

    @Override
    protected String outsideTransactionStatement() {
        return "CREATE INDEX ix_t_a ON t (a)";
    }

    @Override
    protected String[] overlongNameAndLimit() {
        return new String[] {"n".repeat(257), "it is 257 characters and h2 allows at most 256 characters"};
    }
}
