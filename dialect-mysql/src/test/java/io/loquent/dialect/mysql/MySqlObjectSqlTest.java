package io.loquent.dialect.mysql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.loquent.api.dialect.NotSupportedException;
import io.loquent.api.dialect.RenderContext;
import io.loquent.api.operation.CreateView;
import io.loquent.api.operation.DropIndex;
import io.loquent.api.operation.DropTable;
import io.loquent.api.operation.DropView;
import io.loquent.api.operation.Operation;
import io.loquent.api.schema.View;
import java.util.List;
import io.loquent.api.operation.AddConstraint;
import io.loquent.api.schema.TableConstraint;
import io.loquent.api.operation.SetTableComment;
import org.junit.jupiter.api.Test;

/**
 * Golden SQL for views and the existence forms. {@code DROP INDEX IF EXISTS} is MariaDB's: offline it is written for
 * MariaDB, online a MySQL server refuses it with advice.
 */
class MySqlObjectSqlTest {
    private final MySqlDialect dialect = new MySqlDialect();

    private List<String> render(Operation op) {
        return dialect.render(op, RenderContext.offline());
    }

    @Test
    void viewsAreCreatedReplacedAndDropped() {
        View view = new View("v", "SELECT 1 AS one");
        assertThat(render(new CreateView(view, true))).containsExactly("CREATE OR REPLACE VIEW `v` AS SELECT 1 AS one");
        assertThat(render(new DropView("v", true))).containsExactly("DROP VIEW IF EXISTS `v`");
        assertThat(render(new DropTable("t", true))).containsExactly("DROP TABLE IF EXISTS `t`");
    }

    @Test
    void dropIndexIfExistsIsMariaDbs() {
        assertThat(render(new DropIndex("ix", "t", true))).containsExactly("DROP INDEX IF EXISTS `ix` ON `t`");
        DropIndex drop = new DropIndex("ix", "t", true);
        assertThat(dialect.render(drop, RenderContext.online(MySqlSequenceTest.serverOfVersion("10.11.6-MariaDB"))))
                .containsExactly("DROP INDEX IF EXISTS `ix` ON `t`");
        assertThatThrownBy(() -> dialect.render(drop, RenderContext.online(MySqlSequenceTest.serverOfVersion("8.0.36"))))
                .isInstanceOf(NotSupportedException.class)
                .hasMessageContaining("MySQL 8.0.36 has no DROP INDEX IF EXISTS (MariaDB 10.1.4 and later has)")
                .hasMessageContaining("Drop the index with dropIndex");
    }

    @Test
    void nothingIsDeferred() {
        assertThatThrownBy(() -> render(new AddConstraint("lines", new TableConstraint.ForeignKey("fk",
                List.of("order_id"), "orders", List.of("id"), null, null, TableConstraint.Deferral.DEFERRED))))
                .isInstanceOf(NotSupportedException.class)
                .hasMessageContaining("MySQL and MariaDB check constraints at each statement and cannot defer them");
    }

    @Test
    void aTableCommentIsSetAndRemoved() {
        assertThat(render(new SetTableComment("t", "orders"))).containsExactly("ALTER TABLE `t` COMMENT = 'orders'");
        assertThat(render(new SetTableComment("t", null))).containsExactly("ALTER TABLE `t` COMMENT = ''");
    }
}
