package io.loquent.core.internal.dsl;

import static io.loquent.api.Types.integer;
import static io.loquent.api.Types.string;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.loquent.api.DefinitionException;
import io.loquent.api.dialect.IdentifierLimit;
import io.loquent.api.operation.BatchAlterTable;
import io.loquent.api.operation.CreateIndex;
import io.loquent.api.operation.DropIndex;
import io.loquent.api.operation.Operation;
import io.loquent.api.schema.Index;
import io.loquent.api.schema.IndexKey;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The index spec records one CreateIndex with all of it; the plain forms take columns only. */
class IndexSpecRecordingTest {
    private final List<Operation> recorded = new ArrayList<>();
    private final OperationRecorder op = new OperationRecorder(recorded::add,
            NamingConvention.defaults(IdentifierLimit.utf8Bytes(63)));

    @Test
    void theSpecRecordsEveryOptionInOrder() {
        op.createIndex("ix_users_email", "users", i -> i.column("email").expression("lower(name)").column("code", 10)
                .unique().where("deleted_at IS NULL").using("GIN").include("id").concurrently());
        assertThat(recorded).containsExactly(new CreateIndex("users", new Index("ix_users_email", List.of(
                IndexKey.of("email"), IndexKey.expression("lower(name)"), IndexKey.prefix("code", 10)), true,
                "deleted_at IS NULL", "gin", List.of("id")), true));
        op.dropIndexConcurrently("ix_users_email", "users");
        assertThat(recorded.get(1)).isEqualTo(DropIndex.concurrently("ix_users_email", "users"));
    }

    @Test
    void thePlainFormsTakeColumnsAndRefuseAnExpression() {
        op.createUniqueIndex("ux", "t", "a", "b");
        assertThat(recorded).containsExactly(new CreateIndex("ux", "t", List.of("a", "b"), true));
        assertThatThrownBy(() -> op.createIndex("ix", "t", "a", "lower(y)")).isInstanceOf(DefinitionException.class)
                .hasMessage("index 'ix' on table 't' names column 'lower(y)', which is an expression, not a column;"
                        + " for a key on an expression write createIndex(\"ix\", \"t\", i -> i.expression(\"lower(y)\"))");
        assertThatThrownBy(() -> op.batchAlterTable("t", b -> b.createIndex("ix", "lower(y)")))
                .hasMessageContaining("which is an expression, not a column");
    }

    @Test
    void aSpecNeedsAKeyAndNonBlankOptions() {
        assertThatThrownBy(() -> op.createIndex("ix", "t", i -> i.unique())).isInstanceOf(DefinitionException.class)
                .hasMessage("index 'ix' on table 't' needs at least one key: i.column(...) or i.expression(...)");
        assertThatThrownBy(() -> op.createIndex("ix", "t", i -> i.column("a").where(" ")))
                .hasMessage("where(...) of an index needs an SQL condition, such as \"deleted_at IS NULL\"");
        assertThatThrownBy(() -> op.createIndex("ix", "t", i -> i.column("a").using(null)))
                .hasMessage("using(...) of an index needs an access method, such as \"gin\"");
        assertThatThrownBy(() -> op.createIndex("ix", "t", i -> i.expression("a").column("b", 0)))
                .hasMessageContaining("got 0 on column b");
    }

    @Test
    void aBatchTakesTheSpecButNotConcurrently() {
        op.batchAlterTable("t", b -> b.createIndex("ix", i -> i.expression("lower(a)").where("a IS NOT NULL")));
        BatchAlterTable batch = (BatchAlterTable) recorded.get(0);
        assertThat(batch.operations()).containsExactly(new CreateIndex("t", new Index("ix",
                List.of(IndexKey.expression("lower(a)")), false, "a IS NOT NULL"), false));
        assertThatThrownBy(() -> op.batchAlterTable("t", b -> b.createIndex("ix", i -> i.column("a").concurrently())))
                .hasMessage("index 'ix' in the batch on table 't' is built concurrently, which a batch cannot do;"
                        + " create it with op.createIndex(...) outside the batch");
    }

    @Test
    void aNewTablesSpecIndexIsNamedByTheConventionFromItsKeys() {
        op.createTable("users", t -> {
            t.column("id", integer().primaryKey());
            t.column("email", string(100));
            t.index(null, i -> i.expression("lower(email)").unique());
            t.index("ix_own", i -> i.column("email").where("id > 0"));
        });
        assertThat(recorded).hasSize(3);
        assertThat(((CreateIndex) recorded.get(1)).index()).isEqualTo(new Index("ix_users_lower_email",
                List.of(IndexKey.expression("lower(email)")), true, null));
        assertThat(((CreateIndex) recorded.get(2)).index().where()).isEqualTo("id > 0");
    }
}
