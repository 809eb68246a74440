package io.loquent.core.internal.replay;

import static io.loquent.api.Types.integer;
import static io.loquent.api.Types.string;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.loquent.api.MigrationScript;
import io.loquent.api.Op;
import io.loquent.api.Revision;
import io.loquent.api.dialect.IdentifierLimit;
import io.loquent.api.schema.Column;
import io.loquent.api.schema.Schema;
import io.loquent.core.internal.dsl.NamingConvention;
import io.loquent.core.internal.graph.Planner;
import io.loquent.core.internal.graph.RevisionGraph;
import io.loquent.core.internal.script.ClasspathScripts;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A plan's revisions replayed from their recorded operations, both directions, without a database. */
class ReplayTest {
    private final Planner planner = new Planner(RevisionGraph.of(ClasspathScripts.ofClasses(List.of(
            CreateUsers.class, AddPhone.class, Backfill.class, Irreversible.class, ReadBackfill.class)).load()));
    private final Replay replay = new Replay(NamingConvention.defaults(IdentifierLimit.NONE));

    @Test
    void theSchemaAtARevisionIsTheReplayFromBase() {
        Schema atR2 = replay.of(Schema.EMPTY, planner.upgrade(Set.of(), "r2")).schema();
        assertThat(atR2.table("users").orElseThrow().columns()).extracting(Column::name)
                .containsExactly("id", "name", "phone");
        assertThat(atR2.table("users").orElseThrow().constraint("uq_users_name")).as("named by the convention")
                .isPresent();
    }

    @Test
    void aDowngradeReplaysTheDowngradeOperations() {
        Schema atR3 = replay.of(Schema.EMPTY, planner.upgrade(Set.of(), "r3")).schema();
        Schema atR1 = replay.of(atR3, planner.downgrade(Set.of("r3"), "r1")).schema();
        assertThat(atR1.table("users").orElseThrow().columns()).extracting(Column::name).containsExactly("id", "name");
        assertThat(replay.of(atR1, planner.downgrade(Set.of("r1"), "base")).schema()).isEqualTo(Schema.EMPTY);
    }

    @Test
    void rawSqlIsRecordedWithItsRevisionAndStep() {
        Replayed replayed = replay.of(Schema.EMPTY, planner.upgrade(Set.of(), "r3"));
        assertThat(replayed.rawSql()).containsExactly(new RawSql("r3", true, 2, "UPDATE users SET phone = '0'"));
        assertThat(replayed.lastRawSql().orElseThrow().caution("users")).isEqualTo("table users may have been"
                + " changed by raw SQL at revision r3 (upgrade, step 2: UPDATE users SET phone = '0')");
        assertThat(replay.of(Schema.EMPTY, planner.upgrade(Set.of(), "r2")).lastRawSql()).isEmpty();
    }

    /** The replay has no database: a query reads no row, and it and an update stand as raw SQL, never guessed at. */
    @Test
    void readsAndWritesOfRowsAreRecordedAsRawSqlAndReadNoRow() {
        Replayed replayed = replay.of(Schema.EMPTY, planner.upgrade(Set.of(), "r5"));
        assertThat(replayed.rawSql()).filteredOn(r -> r.revision().equals("r5")).containsExactly(
                new RawSql("r5", true, 1, "SELECT id FROM users WHERE name = ?"),
                new RawSql("r5", true, 2, "UPDATE users SET name = ? WHERE id = ?"));
    }

    @Test
    void aRefusalNamesTheRevisionBeingReplayed() {
        assertThatThrownBy(() -> replay.of(Schema.EMPTY, planner.upgrade(Set.of("r1"), "r2")))
                .isInstanceOf(ReplayException.class).hasMessage("addColumn users.phone: no such table at revision r2");
    }

    @Test
    void aScriptThatThrowsIsReportedWithItsRevisionAndDirection() {
        Schema head = replay.of(Schema.EMPTY, planner.upgrade(Set.of(), "head")).schema();
        assertThatThrownBy(() -> replay.of(head, planner.downgrade(Set.of("r4"), "r3")))
                .isInstanceOf(ReplayException.class).hasCauseInstanceOf(UnsupportedOperationException.class)
                .hasMessage("downgrade r4: the script threw UnsupportedOperationException (keeps the column) after"
                        + " recording 1 operation");
    }

    @Revision(id = "r4", down = "r3")
    public static final class Irreversible implements MigrationScript {
        @Override
        public void upgrade(Op op) {
            op.addColumn("users", "note", string(10));
        }

        @Override
        public void downgrade(Op op) {
            op.dropIndex("ix_users_phone", "users");
            throw new UnsupportedOperationException("keeps the column");
        }
    }

    @Revision(id = "r1")
    public static final class CreateUsers implements MigrationScript {
        @Override
        public void upgrade(Op op) {
            op.createTable("users", t -> t.column("id", integer().primaryKey()).column("name", string(50).unique()));
        }

        @Override
        public void downgrade(Op op) {
            op.dropTable("users");
        }
    }

    @Revision(id = "r2", down = "r1")
    public static final class AddPhone implements MigrationScript {
        @Override
        public void upgrade(Op op) {
            op.addColumn("users", "phone", string(20));
        }

        @Override
        public void downgrade(Op op) {
            op.dropColumn("users", "phone");
        }
    }

    @Revision(id = "r3", down = "r2")
    public static final class Backfill implements MigrationScript {
        @Override
        public void upgrade(Op op) {
            op.createIndex("ix_users_phone", "users", "phone");
            op.execute("UPDATE users SET phone = '0'");
        }

        @Override
        public void downgrade(Op op) {
            op.dropIndex("ix_users_phone", "users");
        }
    }

    @Revision(id = "r5", down = "r4")
    public static final class ReadBackfill implements MigrationScript {
        @Override
        public void upgrade(Op op) {
            for (java.util.Map<String, Object> row : op.query("SELECT id FROM users WHERE name = ?", "x")) {
                op.update("UPDATE users SET name = ? WHERE id = ?", "never", row.get("id"));
            }
            op.update("UPDATE users SET name = ? WHERE id = ?", "y", 1);
        }

        @Override
        public void downgrade(Op op) {
        }
    }
}
