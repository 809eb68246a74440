package io.loquent.dialect.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.loquent.api.dialect.NotSupportedException;
import io.loquent.api.dialect.RenderContext;
import io.loquent.api.operation.CreateView;
import io.loquent.api.operation.DropIndex;
import io.loquent.api.operation.DropSequence;
import io.loquent.api.operation.DropTable;
import io.loquent.api.operation.DropView;
import io.loquent.api.operation.Operation;
import io.loquent.api.schema.View;
import java.util.List;
import io.loquent.api.operation.AddConstraint;
import io.loquent.api.schema.TableConstraint;
import io.loquent.api.operation.CreateTable;
import io.loquent.api.schema.Column;
import io.loquent.api.schema.ColumnType;
import io.loquent.api.operation.SetTableComment;
import org.junit.jupiter.api.Test;

/** Golden SQL for views and the existence forms; SQLite has no CREATE OR REPLACE VIEW and no sequences. */
class SqliteObjectSqlTest {
    private final SqliteDialect dialect = new SqliteDialect();

    private List<String> render(Operation op) {
        return dialect.render(op, RenderContext.offline());
    }

    @Test
    void aReplacedViewIsDroppedIfItExistsAndCreatedAgain() {
        View view = new View("v", "SELECT 1 AS one");
        assertThat(render(new CreateView(view, false))).containsExactly("CREATE VIEW \"v\" AS SELECT 1 AS one");
        assertThat(render(new CreateView(view, true)))
                .containsExactly("DROP VIEW IF EXISTS \"v\"", "CREATE VIEW \"v\" AS SELECT 1 AS one");
        assertThat(render(new DropView("v", true))).containsExactly("DROP VIEW IF EXISTS \"v\"");
    }

    @Test
    void existenceFormsUseSqlitesOwnClauses() {
        assertThat(render(new DropTable("t", true))).containsExactly("DROP TABLE IF EXISTS \"t\"");
        assertThat(render(new DropIndex("ix", "t", true))).containsExactly("DROP INDEX IF EXISTS \"ix\"");
        assertThatThrownBy(() -> render(new DropSequence("s", true))).isInstanceOf(NotSupportedException.class)
                .hasMessageContaining("SQLite has no sequences");
    }

    @Test
    void foreignKeysAreDeferredAndUniquesRefused() {
        TableConstraint fk = new TableConstraint.ForeignKey("fk", List.of("order_id"), "orders", List.of("id"), null,
                null, TableConstraint.Deferral.DEFERRED);
        assertThat(render(new CreateTable("lines", List.of(new Column("order_id", ColumnType.of(ColumnType.Kind.INTEGER),
                false, false, null, null)), List.of(fk), null))).containsExactly("CREATE TABLE \"lines\" (\n"
                + "    \"order_id\" INTEGER NOT NULL,\n    CONSTRAINT \"fk\" FOREIGN KEY (\"order_id\") REFERENCES"
                + " \"orders\" (\"id\") DEFERRABLE INITIALLY DEFERRED\n)");
        assertThatThrownBy(() -> render(new CreateTable("slots", List.of(new Column("p",
                ColumnType.of(ColumnType.Kind.INTEGER), false, false, null, null)), List.of(new TableConstraint.Unique(
                "uq", List.of("p"), TableConstraint.Deferral.IMMEDIATE)), null)))
                .isInstanceOf(NotSupportedException.class).hasMessageContaining("SQLite defers foreign keys only");
    }

    @Test
    void aTableCommentRunsNothing() {
        assertThat(render(new SetTableComment("t", "orders"))).isEmpty();
    }
}
