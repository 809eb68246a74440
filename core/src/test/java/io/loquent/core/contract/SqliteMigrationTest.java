package io.loquent.core.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.loquent.core.Scripts;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
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
    boolean keepsComments() {
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

    @Test
    void executeRunsEveryStatementOfItsTextTriggerBodiesIncluded() throws Exception {
        Scripts.write(scripts, "1.java", "m1", null, """
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
    String[] overlongNameAndLimit() {
        return null;
    }
}
