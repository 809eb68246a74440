package io.loquent.dialect.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.loquent.api.Types;
import io.loquent.api.dialect.KnownSchema;
import io.loquent.api.dialect.NotSupportedException;
import io.loquent.api.dialect.RenderContext;
import io.loquent.api.operation.AlterColumn;
import io.loquent.api.operation.CreateTable;
import io.loquent.api.schema.Column;
import io.loquent.api.schema.ColumnType;
import io.loquent.api.schema.Schema;
import io.loquent.api.schema.Table;
import io.loquent.api.schema.TableConstraint;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Golden SQL for the column types beyond the first fourteen kinds on SQLite. */
class SqliteTypesTest {
    private final SqliteDialect dialect = new SqliteDialect();
    private static final ColumnType MOOD = Types.enumeration("mood", "happy", "sad").type();

    @Test
    void eachNewTypeIsDeclaredUnderANameThatKeepsItsAffinity() {
        assertThat(dialect.typeSql(Types.real().type())).isEqualTo("REAL");
        assertThat(dialect.typeSql(Types.floatType(53).type())).isEqualTo("DOUBLE");
        assertThat(dialect.typeSql(Types.character(3).type())).isEqualTo("CHAR(3)");
        assertThat(dialect.typeSql(Types.timestamp().withTimeZone().type())).isEqualTo("TIMESTAMPTZ");
        assertThat(dialect.typeSql(Types.time().withTimeZone().type())).isEqualTo("TIMETZ");
        assertThat(dialect.typeSql(Types.integer().unsigned().type())).isEqualTo("INTEGER UNSIGNED");
        assertThat(dialect.typeSql(Types.bigInteger().unsigned().type())).isEqualTo("BIGINT UNSIGNED");
        assertThat(dialect.typeSql(MOOD)).isEqualTo("TEXT");
        assertThat(dialect.typeSql(Types.custom("citext").on("sqlite", "TEXT COLLATE NOCASE").type()))
                .isEqualTo("TEXT COLLATE NOCASE");
    }

    @Test
    void anEnumerationIsTextWithACheckOnItsValues() {
        CreateTable create = new CreateTable("people", List.of(
                new Column("id", Types.integer().type(), false, true, null, null),
                new Column("mood", MOOD, false, false, null, null)),
                List.of(new TableConstraint.PrimaryKey("pk_people", List.of("id"))), null);
        assertThat(dialect.render(create, RenderContext.offline()).get(0)).isEqualTo("""
                CREATE TABLE "people" (
                    "id" INTEGER NOT NULL,
                    "mood" TEXT NOT NULL CHECK ("mood" IN ('happy', 'sad')),
                    CONSTRAINT "pk_people" PRIMARY KEY ("id")
                )""");
    }

    @Test
    void anAlterationOfAnEnumerationReplacesItsCheckInTheRebuild() {
        Table people = new Table("people", List.of(new Column("mood", MOOD, true, false, null, null)), List.of(),
                List.of(), null);
        ColumnType more = Types.enumeration("mood", "happy", "sad", "meh").type();
        List<String> sql = dialect.render(new AlterColumn("people", "mood", more, null, null, null, null, null, null),
                RenderContext.offline(KnownSchema.of(new Schema(List.of(people)))));
        assertThat(String.join("\n", sql)).contains("\"mood\" TEXT CHECK (\"mood\" IN ('happy', 'sad', 'meh'))")
                .doesNotContain("IN ('happy', 'sad'))");
    }

    @Test
    void arraysAreRefusedInFavourOfJson() {
        assertThatThrownBy(() -> dialect.typeSql(Types.array(Types.integer()).type()))
                .isInstanceOf(NotSupportedException.class)
                .hasMessage("sqlite cannot declare a column of type integer[]: SQLite has no array types. Use json()"
                        + " and store the array as a JSON document");
    }

    @Test
    void typesReadBackAsSqliteDeclaresThem() {
        assertThat(dialect.reflectedType(MOOD)).isEqualTo(ColumnType.enumeration(null, List.of("happy", "sad")));
        assertThat(dialect.reflectedType(Types.custom("citext").type())).isEqualTo(Types.text().type());
        assertThat(dialect.reflectedType(Types.integer().unsigned().type())).isEqualTo(Types.integer().unsigned().type());
        assertThat(dialect.reflectedType(Types.integer().unsigned().type(), true)).isEqualTo(Types.integer().type());
    }
}
