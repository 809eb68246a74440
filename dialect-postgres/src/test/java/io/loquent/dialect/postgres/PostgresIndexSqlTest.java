package io.loquent.dialect.postgres;

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

/** Golden SQL of the index spec on PostgreSQL, which has all of it but prefix lengths. */
class PostgresIndexSqlTest {
    private final PostgresDialect dialect = new PostgresDialect();

    private List<String> render(Operation op) {
        return dialect.render(op, RenderContext.offline());
    }

    @Test
    void everyOptionHasItsClauseInPostgresOrder() {
        Index index = new Index("ix_users_email", List.of(IndexKey.of("email"), IndexKey.expression("lower(name)")),
                true, "deleted_at IS NULL", "gin", List.of("id"));
        assertThat(render(new CreateIndex("users", index, true))).containsExactly("CREATE UNIQUE INDEX CONCURRENTLY"
                + " \"ix_users_email\" ON \"users\" USING gin (\"email\", (lower(name))) INCLUDE (\"id\")"
                + " WHERE deleted_at IS NULL");
        assertThat(render(new CreateIndex("ix_a", "t", List.of("a", "b"), false)))
                .containsExactly("CREATE INDEX \"ix_a\" ON \"t\" (\"a\", \"b\")");
        assertThat(render(new CreateIndex("t", new Index("ix_b", List.of(IndexKey.of("a")), false, null, "btree",
                null), false))).as("a B-tree is the default, written without USING")
                .containsExactly("CREATE INDEX \"ix_b\" ON \"t\" (\"a\")");
    }

    @Test
    void aConcurrentBuildOrDropRunsOutsideTheTransactionAndAnOrdinaryOneInIt() {
        CreateIndex concurrent = new CreateIndex("t", Index.on("ix", false, "a"), true);
        assertThat(dialect.runsOutsideTransaction(concurrent)).isTrue();
        assertThat(dialect.runsOutsideTransaction(DropIndex.concurrently("ix", "t"))).isTrue();
        assertThat(dialect.runsOutsideTransaction(new CreateIndex("ix", "t", List.of("a"), false))).isFalse();
        assertThat(dialect.runsOutsideTransaction(new DropIndex("ix", "t"))).isFalse();
        assertThat(render(DropIndex.concurrently("ix", "t"))).containsExactly("DROP INDEX CONCURRENTLY \"ix\"");
    }

    @Test
    void aPrefixLengthIsRefusedWithTheExpressionThatDoesIt() {
        assertThatThrownBy(() -> render(new CreateIndex("t", new Index("ix", List.of(IndexKey.prefix("name", 10)),
                false, null), false))).isInstanceOf(NotSupportedException.class)
                .hasMessage("postgresql cannot create index ix on t: the database has no prefix length on column name"
                        + " in an index; index the expression left(name, 10) instead:"
                        + " i.expression(\"left(name, 10)\")");
    }
}
