package io.loquent.dialect.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import io.loquent.api.operation.CreateIndex;
import io.loquent.api.operation.CreateSequence;
import io.loquent.api.operation.CreateTable;
import io.loquent.api.schema.Column;
import io.loquent.api.schema.ColumnType;
import io.loquent.api.schema.ColumnType.Kind;
import io.loquent.api.schema.Schema;
import io.loquent.api.schema.Sequence;
import io.loquent.api.schema.TableConstraint;
import io.loquent.testing.CountingConnection;
import io.loquent.testing.TestDatabase;
import io.loquent.testing.TestDatabaseExtension;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Reflection reads the catalogue in bulk: the statements it executes are counted through a proxy of the connection,
 * for 3 tables and sequences and for 30, and must be the same number.
 */
class PostgresReflectQueryCountIT {
    private static final PostgresDialect DIALECT = new PostgresDialect();

    @RegisterExtension
    static final TestDatabaseExtension DB = TestDatabaseExtension.postgres();

    @Test
    void statementCountDoesNotGrowWithTheNumberOfTablesAndSequences(TestDatabase db) throws SQLException {
        createTables(db, 0, 3);
        AtomicInteger forThree = new AtomicInteger();
        Schema three = DIALECT.reflect(CountingConnection.of(db.connection(), forThree), Set.of("s1"));
        assertThat(three.tables()).hasSize(3);
        assertThat(three.sequences()).as("s1 excluded, the identity columns' own left out")
                .containsExactly(new Sequence("s0", 1, 2), new Sequence("s2", 3, 2));

        createTables(db, 3, 30);
        AtomicInteger forThirty = new AtomicInteger();
        Schema thirty = DIALECT.reflect(CountingConnection.of(db.connection(), forThirty), Set.of());
        assertThat(thirty.tables()).hasSize(30);
        assertThat(thirty.sequences()).hasSize(30);

        assertThat(forThirty.get()).isEqualTo(forThree.get()).as("tables, columns, constraints, indexes, sequences, views").isEqualTo(6);
    }

    /**
     * Tables t{from}..t{to - 1}, each with an identity key, a foreign key to the one before and an index, and
     * sequences s{from}..s{to - 1}.
     */
    private static void createTables(TestDatabase db, int from, int to) throws SQLException {
        for (int i = from; i < to; i++) {
            String table = "t" + i;
            List<TableConstraint> constraints = i == 0 ? List.of(new TableConstraint.PrimaryKey("pk_" + table, List.of("id")))
                    : List.of(new TableConstraint.PrimaryKey("pk_" + table, List.of("id")),
                    new TableConstraint.ForeignKey("fk_" + table, List.of("parent"), "t" + (i - 1), List.of("id"),
                            null, null));
            db.run(DIALECT, new CreateTable(table, List.of(
                    new Column("id", ColumnType.of(Kind.INTEGER), false, true, null, null),
                    new Column("parent", ColumnType.of(Kind.INTEGER), true, false, null, null)), constraints, null));
            db.run(DIALECT, new CreateIndex("ix_" + table, table, List.of("parent"), false));
            db.run(DIALECT, new CreateSequence(new Sequence("s" + i, i + 1, 2)));
        }
    }
}
