package io.loquent.dialectkit.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import io.loquent.dialectkit.RevisionFiles;
import io.loquent.dialectkit.ContractDatabase;
import io.loquent.dialectkit.MigrationContract;
import java.sql.Connection;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;

/** The contract on SQLite: a fresh database file per test. */
class SqliteMigrationTest extends MigrationContract {
    @Override
    protected ContractDatabase database() {
        return SqliteContractDatabase.INSTANCE;
    }

    @Override
    protected boolean enforcesLength() {
        return false;
    }

    @Override
    protected boolean keepsComments() {
        return false;
    }

    @Override
    protected String outsideTransactionStatement() {
        return "CREATE INDEX ix_t_a ON t (a)";
    }

    /** Each revision commits on its own under the file lock, so SQLite runs autocommit blocks too: VACUUM needs one. */
    @Test
    void vacuumRunsInAnAutocommitBlock() throws Exception {
        RevisionFiles.write(scripts, "1.java", "a1", null, """
                op.createTable("t", t -> t.column("a", integer()));
                        op.autocommitBlock(() -> op.execute("VACUUM"));
                        op.addColumn("t", "b", integer());""", "");
        loquent().upgrade("head");
        assertThat(columns("t")).containsExactly("a", "b");
    }

    @Override
    protected boolean transactionalDdl() {
        return true;
    }

    @Test
    void executeRunsEveryStatementOfItsTextTriggerBodiesIncluded() throws Exception {
        RevisionFiles.write(scripts, "1.java", "m1", null, """
                op.execute(\"""
                            CREATE TABLE m1 (id INTEGER PRIMARY KEY, v TEXT); -- the first; of three
                            CREATE TABLE m2 (v TEXT);
                            CREATE TRIGGER m1_log AFTER INSERT ON m1 BEGIN
                              INSERT INTO m2 VALUES (CASE WHEN new.v = 'a;b' THEN 'x;' ELSE new.v END);
                              INSERT INTO m2 VALUES ('second');
                            END;
                            INSERT INTO m1 (v) VALUES ('a;b');
                            \""");""", "");
        loquent().upgrade("head");
        assertThat(tables()).contains("m1", "m2");
        try (Connection c = connect(); ResultSet rs = c.createStatement().executeQuery(
                "SELECT group_concat(v, '|') FROM (SELECT v FROM m2 ORDER BY rowid)")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("x;|second");
        }
    }

    @Override
    protected String[] overlongNameAndLimit() {
        return null;
    }
}
