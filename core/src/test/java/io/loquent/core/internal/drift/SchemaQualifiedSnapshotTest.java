package io.loquent.core.internal.drift;

import static org.assertj.core.api.Assertions.assertThat;

import io.loquent.api.schema.Column;
import io.loquent.api.schema.ColumnType;
import io.loquent.api.schema.Index;
import io.loquent.api.schema.Schema;
import io.loquent.api.schema.Table;
import io.loquent.api.schema.TableConstraint;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A drift snapshot keeps a table's schema and a foreign key's qualified target. */
class SchemaQualifiedSnapshotTest {
    @Test
    void qualifiedTablesReadBackAsWritten() {
        Schema schema = new Schema(List.of(new Table("app.items", List.of(new Column("user_id",
                ColumnType.of(ColumnType.Kind.INTEGER), true, false, null, null)), List.of(
                new TableConstraint.ForeignKey("fk_items_user_id_users", List.of("user_id"), "app.users",
                        List.of("id"), null, null)), List.of(Index.on("ix_items_user_id", false, "user_id")), null)));
        Snapshot read = Snapshot.of(new Snapshot(List.of("a1"), LocalDateTime.of(2026, 12, 1, 12, 0), "upgrade",
                schema).lines());
        assertThat(read.schema()).isEqualTo(schema);
        assertThat(read.schema().table("app.items")).isPresent();
    }
}
