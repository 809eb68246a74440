package io.loquent.core.internal.drift;

import static org.assertj.core.api.Assertions.assertThat;

import io.loquent.api.Types;
import io.loquent.api.schema.Column;
import io.loquent.api.schema.ColumnType;
import io.loquent.api.schema.Schema;
import io.loquent.api.schema.Table;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The newer column types survive a drift snapshot's lines, and a plain type's line is as it always was. */
class SnapshotTypesTest {
    @Test
    void everyNewerTypeReadsBackFromItsLine() {
        List<ColumnType> types = List.of(Types.real().type(), Types.character(3).type(),
                Types.timestamp().withTimeZone().type().withNativeName("timestamptz"),
                Types.time().withTimeZone().type(), Types.smallInteger().unsigned().type(),
                Types.enumeration("mood", "a,b", "tab\there", "e=mc2").type(),
                ColumnType.enumeration(null, List.of("x")).withNativeName("enum('x')"),
                Types.array(Types.decimal(10, 2)).type(), Types.array(Types.enumeration("kind", "a", "b")).type(),
                Types.array(Types.timestamp().withTimeZone()).type(),
                Types.custom("citext").on("mysql", "varchar(255)").type(), Types.custom("postgresql", "tsvector").type());
        List<Column> columns = new ArrayList<>();
        for (int i = 0; i < types.size(); i++) {
            columns.add(new Column("c" + i, types.get(i), true, false, null, null));
        }
        Schema schema = new Schema(List.of(new Table("typed", columns, List.of(), List.of(), null)));

        assertThat(SnapshotCodec.schema(SnapshotCodec.lines(schema))).isEqualTo(schema);
    }

    @Test
    void aTypeWithoutExtrasWritesTheLineOfEarlierSnapshots() {
        Schema schema = new Schema(List.of(new Table("t", List.of(new Column("a", Types.string(5).type(), true,
                false, null, null)), List.of(), List.of(), null)));
        assertThat(SnapshotCodec.lines(schema)).containsExactly("table\tt\t\\N",
                "column\tt\ta\tSTRING\t5\t\\N\t\\N\t\\N\t1\t0\t\\N\t\\N");
    }
}
