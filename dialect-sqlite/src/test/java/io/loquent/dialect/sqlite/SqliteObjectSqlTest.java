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
}
