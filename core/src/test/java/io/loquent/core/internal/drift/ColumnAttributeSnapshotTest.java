package io.loquent.core.internal.drift;

import static org.assertj.core.api.Assertions.assertThat;

import io.loquent.api.schema.Column;
import io.loquent.api.schema.ColumnType;
import io.loquent.api.schema.ColumnType.Kind;
import io.loquent.api.schema.Generated;
import io.loquent.api.schema.Identity;
import io.loquent.api.schema.Schema;
import io.loquent.api.schema.Table;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A snapshot keeps identity options and generations, and a snapshot written before them reads as having none. */
class ColumnAttributeSnapshotTest {
    @Test
    void identityOptionsAndGenerationsRoundTrip() {
        ColumnType integer = ColumnType.of(Kind.INTEGER);
        Schema schema = new Schema(List.of(Table.of("items", List.of(
                new Column("id", integer, false, true, null, null, new Identity(-5, -2, true), null),
                new Column("a", integer, true, false, null, null),
                new Column("b", integer, true, false, null, null, null, new Generated("coalesce(a, 1),\t'x\\y'", false)),
                new Column("c", integer, false, false, null, "note", null, new Generated("a * 2", true))))));
        List<String> lines = SnapshotCodec.lines(schema);
        assertThat(SnapshotCodec.schema(lines)).isEqualTo(schema);
        assertThat(lines.get(1)).endsWith("\t-5,-2,always\t\\N");
    }

    @Test
    void aSnapshotFromBeforeTheAttributesReadsAsPlainColumns() {
        Schema schema = SnapshotCodec.schema(List.of("table\tt\t\\N",
                "column\tt\tid\tINTEGER\t\\N\t\\N\t\\N\t\\N\t0\t1\t\\N\t\\N"));
        assertThat(schema.table("t").orElseThrow().column("id").orElseThrow())
                .isEqualTo(new Column("id", ColumnType.of(Kind.INTEGER), false, true, null, null));
    }
}
