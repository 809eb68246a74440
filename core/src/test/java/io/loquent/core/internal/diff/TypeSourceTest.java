package io.loquent.core.internal.diff;

import static org.assertj.core.api.Assertions.assertThat;

import io.loquent.api.Types;
import io.loquent.api.operation.AlterColumn;
import io.loquent.api.operation.CreateTable;
import io.loquent.api.operation.DropTable;
import io.loquent.api.schema.Column;
import io.loquent.api.schema.ColumnType;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Autogenerate writes each of the newer column types as the DSL call that declares it, and the call reads back. */
class TypeSourceTest {
    @TempDir
    Path dir;

    private static final List<ColumnType> TYPES = List.of(Types.real().type(), Types.character(3).type(),
            Types.timestamp().withTimeZone().type(), Types.time().withTimeZone().type(),
            Types.integer().unsigned().type(), Types.bigInteger().unsigned().type(),
            Types.enumeration("mood", "happy", "it's \"sad\"").type(), Types.array(Types.string(20)).type(),
            Types.array(Types.enumeration("kind", "a", "b")).type(), Types.custom("citext").type(),
            Types.custom("citext").on("mysql", "varchar(255)").on("sqlite", "TEXT").type(),
            Types.custom("postgresql", "tsvector").type());

    @Test
    void eachTypeIsWrittenAsItsDslCallAndRecordsTheSameOperation() {
        List<Column> columns = new java.util.ArrayList<>();
        for (int i = 0; i < TYPES.size(); i++) {
            columns.add(new Column("c" + i, TYPES.get(i), true, false, null, null));
        }
        Change change = new Change("types", List.of(new CreateTable("typed", columns, List.of(), null),
                new AlterColumn("typed", "c0", Types.floatType(53).type(), null, null, null, null,
                        Types.real().type(), null)), List.of(new DropTable("typed")), null);
        RoundTrip.Revision revision = RoundTrip.run(dir, Samples.NAMING, Map.of("types", List.of(change))).get(0);

        assertThat(revision.upgrade()).isEqualTo(change.upgrade());
        assertThat(revision.source()).contains("real()", "character(3)", "timestamp().withTimeZone()",
                "time().withTimeZone()", "integer().unsigned()", "bigInteger().unsigned()",
                "enumeration(\"mood\", \"happy\", \"it's \\\"sad\\\"\")", "array(string(20))",
                "array(enumeration(\"kind\", \"a\", \"b\"))", "custom(\"citext\")",
                "custom(\"citext\").on(\"mysql\", \"varchar(255)\").on(\"sqlite\", \"TEXT\")",
                "custom(\"postgresql\", \"tsvector\")", "c.type(doublePrecision())", "existingType(real())");
    }

    @Test
    void anEnumerationReadWithoutATypeNameIsNamedAfterItsColumn() {
        ColumnType read = ColumnType.enumeration(null, List.of("a", "b")).withNativeName("enum('a','b')");
        assertThat(SpecSource.type(read, "status")).isEqualTo("enumeration(\"status\", \"a\", \"b\")");
    }
}
