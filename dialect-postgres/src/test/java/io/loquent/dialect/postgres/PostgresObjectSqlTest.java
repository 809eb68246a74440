package io.loquent.dialect.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import io.loquent.api.dialect.RenderContext;
import io.loquent.api.operation.CreateTable;
import io.loquent.api.operation.CreateView;
import io.loquent.api.operation.DropIndex;
import io.loquent.api.operation.DropSequence;
import io.loquent.api.operation.DropTable;
import io.loquent.api.operation.DropView;
import io.loquent.api.operation.Operation;
import io.loquent.api.schema.Column;
import io.loquent.api.schema.ColumnType;
import io.loquent.api.schema.View;
import java.util.List;
import io.loquent.api.operation.AddConstraint;
import io.loquent.api.schema.TableConstraint;
import io.loquent.api.operation.SetTableComment;
import org.junit.jupiter.api.Test;

/** Golden SQL for views and the existence forms. */
class PostgresObjectSqlTest {
    private final PostgresDialect dialect = new PostgresDialect();

    private List<String> render(Operation op) {
        return dialect.render(op, RenderContext.offline());
    }

    @Test
    void viewsAreCreatedReplacedAndDropped() {
        View view = new View("active_users", "SELECT id FROM users WHERE active");
        assertThat(render(new CreateView(view, false)))
                .containsExactly("CREATE VIEW \"active_users\" AS SELECT id FROM users WHERE active");
        assertThat(render(new CreateView(view, true)))
                .containsExactly("CREATE OR REPLACE VIEW \"active_users\" AS SELECT id FROM users WHERE active");
        assertThat(render(new DropView("active_users", false))).containsExactly("DROP VIEW \"active_users\"");
        assertThat(render(new DropView("active_users", true))).containsExactly("DROP VIEW IF EXISTS \"active_users\"");
    }

    @Test
    void existenceFormsUsePostgresqlsOwnClauses() {
        assertThat(render(new CreateTable("t", List.of(new Column("id", ColumnType.of(ColumnType.Kind.INTEGER), false,
                false, null, null)), List.of(), null, true))).containsExactly(
                "CREATE TABLE IF NOT EXISTS \"t\" (\n    \"id\" INTEGER NOT NULL\n)");
        assertThat(render(new DropTable("t", true))).containsExactly("DROP TABLE IF EXISTS \"t\"");
        assertThat(render(new DropIndex("ix", "t", true))).containsExactly("DROP INDEX IF EXISTS \"ix\"");
        assertThat(render(new DropSequence("s", true))).containsExactly("DROP SEQUENCE IF EXISTS \"s\"");
        assertThat(render(new DropTable("t"))).containsExactly("DROP TABLE \"t\"");
    }

    @Test
    void deferrableKeysSayWhenTheyAreChecked() {
        assertThat(render(new AddConstraint("lines", new TableConstraint.ForeignKey("fk", List.of("order_id"), "orders",
                List.of("id"), null, null, TableConstraint.Deferral.DEFERRED)))).containsExactly("ALTER TABLE \"lines\""
                + " ADD CONSTRAINT \"fk\" FOREIGN KEY (\"order_id\") REFERENCES \"orders\" (\"id\")"
                + " DEFERRABLE INITIALLY DEFERRED");
        assertThat(render(new AddConstraint("slots", new TableConstraint.Unique("uq", List.of("position"),
                TableConstraint.Deferral.IMMEDIATE)))).containsExactly("ALTER TABLE \"slots\" ADD CONSTRAINT \"uq\""
                + " UNIQUE (\"position\") DEFERRABLE INITIALLY IMMEDIATE");
    }

    @Test
    void aTableCommentIsSetAndRemoved() {
        assertThat(render(new SetTableComment("app.t", "it's"))).containsExactly("COMMENT ON TABLE \"app\".\"t\" IS 'it''s'");
        assertThat(render(new SetTableComment("t", null))).containsExactly("COMMENT ON TABLE \"t\" IS NULL");
    }
}
