package io.loquent.core.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import io.loquent.core.Scripts;
import java.sql.DriverManager;
import org.junit.jupiter.api.Test;

/** The contract on SQLite: a fresh database file per test. */
class SqliteMigrationTest extends MigrationContract {
    @Override
    String url() {
        return "jdbc:sqlite:" + dir.resolve("test.db") + "?foreign_keys=true";
    }

    @Override
    Connection connect() throws Exception {
        return DriverManager.getConnection(url());
    }

    @Override
    boolean enforcesLength() {
        return false;
    }

    @Override
    String outsideTransactionStatement() {
        return "CREATE INDEX ix_t_a ON t (a)";
    }

    /** Each revision commits on its own under the file lock, so SQLite runs autocommit blocks too: VACUUM needs one. */
    @Test
    void vacuumRunsInAnAutocommitBlock() throws Exception {
        Scripts.write(scripts, "1.java", "a1", null, """
                op.createTable("t", t -> t.column("a", integer()));
                        op.autocommitBlock(() -> op.execute("VACUUM"));
                        op.addColumn("t", "b", integer());""", "");
        loquent().upgrade("head");
        assertThat(columns("t")).containsExactly("a", "b");
    }

    @Override
    boolean transactionalDdl() {
        return true;
    }
}
