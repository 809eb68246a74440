package io.loquent.core.internal.replay;

import static io.loquent.api.Types.string;
import static io.loquent.core.internal.replay.InterpreterTablesTest.USERS_AND_POSTS;
import static io.loquent.core.internal.replay.Recorded.operations;
import static io.loquent.core.internal.replay.Recorded.replay;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.loquent.api.LoquentException;
import io.loquent.api.dialect.KnownSchema;
import io.loquent.api.dialect.RenderContext;
import io.loquent.api.operation.Operation;
import io.loquent.api.schema.Column;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An offline script's view of the schema: the state before each operation, and what raw SQL makes unknowable. */
class SchemaTrackerTest {
    private final SchemaTracker tracker = new SchemaTracker(new Replayed(replay(USERS_AND_POSTS), java.util.List.of()));

    /** The known schema each operation of {@code script} is rendered against, in order. */
    private List<KnownSchema> follow(String revision, java.util.function.Consumer<io.loquent.api.Op> script) {
        List<KnownSchema> seen = new ArrayList<>();
        for (Operation op : operations(script)) {
            RenderContext context = tracker.next(op, revision, true);
            assertThat(context.connection()).isEmpty();
            seen.add(context.schema().orElseThrow());
        }
        return seen;
    }

    @Test
    void eachOperationSeesTheSchemaBeforeIt() {
        List<KnownSchema> seen = follow("r1", op -> {
            op.addColumn("users", "phone", string(20));
            op.dropColumn("users", "phone");
        });
        assertThat(seen.get(0).table("users").columns()).extracting(Column::name).doesNotContain("phone");
        assertThat(seen.get(1).table("users").columns()).extracting(Column::name).contains("phone");
    }

    @Test
    void anOperationThatCannotApplyFailsTheScriptAtOnce() {
        assertThatThrownBy(() -> follow("r1", op -> op.dropColumn("users", "nope")))
                .isInstanceOf(ReplayException.class)
                .hasMessage("dropColumn users.nope: no such column at revision r1");
    }

    @Test
    void rawSqlThatNamesATableMakesItsDefinitionUnknowable() {
        List<KnownSchema> seen = follow("r2", op -> {
            op.execute("ALTER TABLE \"users\" ADD COLUMN nick TEXT");
            op.addColumn("posts", "title", string(20));
            op.addColumn("users", "age", string(3));
        });
        assertThat(seen.get(1).table("posts").column("author_id")).isPresent(); // never named by the SQL
        assertThatThrownBy(() -> seen.get(2).table("users")).isInstanceOf(LoquentException.class)
                .hasMessage("the offline script cannot know table users's definition: table users may have been"
                        + " changed by raw SQL at revision r2 (upgrade, step 1: ALTER TABLE \"users\" ADD COLUMN nick"
                        + " TEXT). Write this part of the script online (upgrade --dry-run), or replace the raw SQL"
                        + " with operations Loquent can follow");
        assertThat(seen.get(2).schema().table("users")).isPresent();
    }

    @Test
    void afterRawSqlAnOperationTheModelCannotFollowStopsTheReplayButNotTheScript() {
        List<KnownSchema> seen = follow("r3", op -> {
            op.execute("CREATE TABLE tags (id INTEGER)");
            op.addColumn("tags", "name", string(20));
            op.addColumn("posts", "title", string(20));
        });
        assertThatThrownBy(() -> seen.get(2).table("posts")).isInstanceOf(LoquentException.class)
                .hasMessageStartingWith("the offline script cannot know table posts's definition: the replay of the"
                        + " history stopped at addColumn tags.name: no such table at revision r3, perhaps because of"
                        + " the raw SQL at revision r3 (upgrade, step 1: CREATE TABLE tags (id INTEGER)) that ran"
                        + " before it.");
    }

    @Test
    void aWordInsideALongerNameIsNoMention() {
        RawSql sql = new RawSql("r", true, 1, "UPDATE users_archive SET x = 1");
        assertThat(sql.mentions("users")).isFalse();
        assertThat(sql.mentions("USERS_ARCHIVE")).isTrue();
        assertThat(new RawSql("r", true, 1, "update `Users` set x = 1").mentions("users")).isTrue();
    }
}
