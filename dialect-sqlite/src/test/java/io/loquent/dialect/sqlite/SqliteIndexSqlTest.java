package io.loquent.dialect.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.loquent.api.dialect.NotSupportedException;
import io.loquent.api.dialect.RenderContext;
import io.loquent.api.operation.CreateIndex;
import io.loquent.api.operation.DropIndex;
import io.loquent.api.operation.Operation;
import io.loquent.api.schema.Index;
import io.loquent.api.schema.IndexKey;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Golden SQL of the index spec on SQLite: column keys in backticks (never a string constant), expressions and WHERE;
 * a method, INCLUDE and prefix lengths refused; concurrently changes nothing.
 */
class SqliteIndexSqlTest {
    private final SqliteDialect dialect = new SqliteDialect();

    private List<String> render(Operation op) {
        return dialect.render(op, RenderContext.offline());
    }

    @Test
    void columnsInBackticksExpressionsAndAConditionAndNothingForConcurrently() {
        Index index = new Index("ix", List.of(IndexKey.of("a`b"), IndexKey.expression("lower(y)")), true, "z IS NULL");
        assertThat(render(new CreateIndex("t", index, true))).containsExactly("CREATE UNIQUE INDEX \"ix\" ON \"t\""
                + " (`a``b`, (lower(y))) WHERE z IS NULL");
        assertThat(render(DropIndex.concurrently("ix", "t"))).containsExactly("DROP INDEX \"ix\"");
        assertThat(dialect.runsOutsideTransaction(new CreateIndex("t", index, true))).isFalse();
    }

    @Test
    void aMethodIncludedColumnsAndAPrefixAreRefused() {
        assertThatThrownBy(() -> render(new CreateIndex("t", new Index("ix", List.of(IndexKey.of("a")), false, null,
                "gin", null), false))).isInstanceOf(NotSupportedException.class).hasMessage("sqlite cannot create"
                + " index ix on t: the database has no USING gin in an index; leave out using(...): it builds a"
                + " B-tree index");
        assertThatThrownBy(() -> render(new CreateIndex("t", new Index("ix", List.of(IndexKey.of("a")), false, null,
                null, List.of("b")), false))).hasMessage("sqlite cannot create index ix on t: the database has no"
                + " INCLUDE columns in an index; make them keys after the others (i.column(...)), or leave them out");
        assertThatThrownBy(() -> render(new CreateIndex("t", new Index("ix", List.of(IndexKey.prefix("a", 3)), false,
                null), false))).hasMessage("sqlite cannot create index ix on t: the database has no prefix length"
                + " on column a in an index; index the whole column, or an expression such as substr(a, 1, 3)");
    }
}
