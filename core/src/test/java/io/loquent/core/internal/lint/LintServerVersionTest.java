package io.loquent.core.internal.lint;

import static io.loquent.api.Types.bool;
import static io.loquent.api.Types.integer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.loquent.api.MigrationScript;
import io.loquent.api.Op;
import io.loquent.api.Revision;
import io.loquent.api.dialect.IdentifierLimit;
import io.loquent.api.schema.Schema;
import io.loquent.core.LintFinding;
import io.loquent.core.LintFinding.Severity;
import io.loquent.core.LintSettings;
import io.loquent.core.internal.dsl.NamingConvention;
import io.loquent.core.internal.graph.Planner;
import io.loquent.core.internal.graph.RevisionGraph;
import io.loquent.core.internal.script.ClasspathScripts;
import java.util.List;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The server's version decides PG005: before PostgreSQL 11 any default on a new column rewrites the table; from 11
 * only a volatile one does (and offline a current server is assumed). No PostgreSQL 10 runs here, so the version is
 * given to the linter as the online path reads it from the connection.
 */
class LintServerVersionTest {
    private final Planner planner = new Planner(RevisionGraph.of(ClasspathScripts.ofClasses(List.of(
            CreateFlags.class, AddFlag.class)).load()));
    private final io.loquent.core.internal.replay.Replay replay = new io.loquent.core.internal.replay.Replay(
            NamingConvention.defaults(IdentifierLimit.NONE));

    private List<LintFinding> lint(OptionalInt version) {
        return new Linter("postgresql", replay, table -> OptionalLong.empty(), LintSettings.DEFAULTS, version)
                .lint(Schema.EMPTY, planner.upgrade(Set.of(), "v2"));
    }

    @Test
    void beforeElevenAConstantDefaultRewritesTheTable() {
        assertThat(lint(OptionalInt.of(10))).filteredOn(f -> f.rule().equals("PG005"))
                .extracting(LintFinding::severity, LintFinding::operation)
                .containsExactly(tuple(Severity.WARNING, "add column flags.on"));
        assertThat(lint(OptionalInt.of(10)).stream().filter(f -> f.rule().equals("PG005")).findFirst().orElseThrow()
                .why()).startsWith("PostgreSQL 10 writes any default into every row of flags");
    }

    @Test
    void fromElevenAndOfflineItDoesNot() {
        assertThat(lint(OptionalInt.of(11))).noneMatch(f -> f.rule().equals("PG005"));
        assertThat(lint(OptionalInt.empty())).noneMatch(f -> f.rule().equals("PG005"));
    }

    @Revision(id = "v1")
    public static final class CreateFlags implements MigrationScript {
        @Override
        public void upgrade(Op op) {
            op.createTable("flags", t -> t.column("id", integer().primaryKey()));
        }

        @Override
        public void downgrade(Op op) {
            op.dropTable("flags");
        }
    }

    @Revision(id = "v2", down = "v1")
    public static final class AddFlag implements MigrationScript {
        @Override
        public void upgrade(Op op) {
            op.addColumn("flags", "on", bool().nullable(false).defaultValue(false));
        }

        @Override
        public void downgrade(Op op) {
            op.dropColumn("flags", "on");
        }
    }
}
