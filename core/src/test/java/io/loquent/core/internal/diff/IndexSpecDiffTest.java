package io.loquent.core.internal.diff;

import static org.assertj.core.api.Assertions.assertThat;

import io.loquent.api.model.MappedModel;
import io.loquent.api.operation.CreateIndex;
import io.loquent.api.operation.DropIndex;
import io.loquent.api.schema.Column;
import io.loquent.api.schema.ColumnType;
import io.loquent.api.schema.Index;
import io.loquent.api.schema.IndexKey;
import io.loquent.api.schema.Schema;
import io.loquent.api.schema.Table;
import io.loquent.api.schema.TableConstraint;
import io.loquent.dialect.sqlite.SqliteDialect;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Indexes that are not plain columns compare by what they do, their expressions as the database writes them, so
 * that autogenerate neither flaps nor misses a change; and they are written back in the spec form.
 */
class IndexSpecDiffTest {
    private final Differ differ = new Differ(new SqliteDialect(), false, TableFilter.ALL);

    private static Table users(Index... indexes) {
        ColumnType text = new ColumnType(ColumnType.Kind.STRING, 100, null, null);
        return new Table("users", List.of(new Column("id", ColumnType.of(ColumnType.Kind.INTEGER), false, false, null,
                null), new Column("email", text, true, false, null, null), new Column("deleted_at",
                ColumnType.of(ColumnType.Kind.TIMESTAMP), true, false, null, null)),
                List.of(new TableConstraint.PrimaryKey("pk_users", List.of("id"))), List.of(indexes), null);
    }

    private static final Index DECLARED = new Index("ux_users_email", List.of(IndexKey.expression("lower(email)")),
            true, "deleted_at IS NULL", null, List.of("id"));

    private List<Change> diff(Table model, Table database) {
        return differ.compare(MappedModel.of(new Schema(List.of(model))), new Schema(List.of(database)));
    }

    @Test
    void theCataloguesSpellingOfTheSameIndexIsNoChange() {
        Index reflected = new Index("ux_users_email", List.of(IndexKey.expression("LOWER( email )")), true,
                "(deleted_at is null)", "btree", List.of("id"));
        assertThat(diff(users(DECLARED), users(reflected))).isEmpty();
        assertThat(Drift.between(new Schema(List.of(users(DECLARED))), new Schema(List.of(users(reflected))),
                new SqliteDialect())).isEmpty();
    }

    @Test
    void aChangedMethodConditionOrIncludeIsADropAndACreate() {
        Index gin = new Index("ux_users_email", DECLARED.keys(), true, DECLARED.where(), "gin", DECLARED.include());
        assertThat(diff(users(DECLARED), users(gin))).extracting(Change::summary).containsExactly(
                "ux_users_email on users: unique index using gin ((lower(email))) include (id) where deleted_at IS"
                        + " NULL in the database, not in the model",
                "ux_users_email on users: unique index ((lower(email))) include (id) where deleted_at IS NULL in the"
                        + " model, not in the database");
        assertThat(diff(users(), users(gin))).as("what a model from JPA cannot say is not taken away").isEmpty();
        List<Change> added = diff(users(DECLARED), users());
        assertThat(added).singleElement().satisfies(c -> {
            assertThat(c.upgrade()).containsExactly(new CreateIndex("users", DECLARED, false));
            assertThat(c.downgrade()).containsExactly(new DropIndex("ux_users_email", "users"));
        });
    }

    @Test
    void aRenamedColumnIsRenamedInTheKeysAndIncludedColumnsAndTheSpecIsKept() {
        Schema schema = new Schema(List.of(users(new Index("ix", List.of(IndexKey.prefix("email", 5)), false, null,
                "hash", List.of("deleted_at")))));
        Schema renamed = SchemaNames.renameColumn(SchemaNames.renameColumn(schema, "users", "email", "mail"), "users",
                "deleted_at", "gone_at");
        assertThat(renamed.table("users").orElseThrow().index("ix")).contains(new Index("ix",
                List.of(IndexKey.prefix("mail", 5)), false, null, "hash", List.of("gone_at")));
    }

    @Test
    void theSpecFormIsWrittenBackAsJava() {
        assertThat(IndexSource.call(new CreateIndex("users", DECLARED, false))).isEqualTo("op.createIndex("
                + "\"ux_users_email\", \"users\", i -> i.expression(\"lower(email)\").unique()"
                + ".where(\"deleted_at IS NULL\").include(\"id\"))");
        assertThat(IndexSource.call(new CreateIndex("users", new Index("ix", List.of(IndexKey.prefix("email", 10)),
                false, null, "hash", null), true))).isEqualTo("op.createIndex(\"ix\", \"users\", i -> i.column("
                + "\"email\", 10).using(\"hash\").concurrently())");
        assertThat(IndexSource.call(new CreateIndex("ix", "users", List.of("email", "id"), true)))
                .isEqualTo("op.createUniqueIndex(\"ix\", \"users\", \"email\", \"id\")");
    }
}
