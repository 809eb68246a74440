package io.loquent.dialect.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.loquent.api.Types;
import io.loquent.api.dialect.KnownSchema;
import io.loquent.api.dialect.NotSupportedException;
import io.loquent.api.dialect.RenderContext;
import io.loquent.api.operation.AddColumn;
import io.loquent.api.operation.AlterColumn;
import io.loquent.api.operation.CreateTable;
import io.loquent.api.operation.DropColumn;
import io.loquent.api.operation.DropTable;
import io.loquent.api.operation.Operation;
import io.loquent.api.schema.Column;
import io.loquent.api.schema.ColumnType;
import io.loquent.api.schema.Schema;
import io.loquent.api.schema.Table;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Golden SQL for the column types beyond the first fourteen kinds, and the life of an enum type. */
class PostgresTypesTest {
    private final PostgresDialect dialect = new PostgresDialect();
    private static final ColumnType MOOD = Types.enumeration("mood", "happy", "sad").type();

    private static Column column(String name, ColumnType type) {
        return new Column(name, type, true, false, null, null);
    }

    private static KnownSchema known(Table... tables) {
        return KnownSchema.of(new Schema(List.of(tables)));
    }

    private static Table table(String name, Column... columns) {
        return new Table(name, List.of(columns), List.of(), List.of(), null);
    }

    private List<String> render(Operation op, KnownSchema schema) {
        return dialect.render(op, RenderContext.offline(schema));
    }

    @Test
    void eachNewTypeHasItsPostgresSpelling() {
        assertThat(dialect.typeSql(Types.real().type())).isEqualTo("REAL");
        assertThat(dialect.typeSql(Types.floatType(24).type())).isEqualTo("REAL");
        assertThat(dialect.typeSql(Types.floatType(25).type())).isEqualTo("DOUBLE PRECISION");
        assertThat(dialect.typeSql(Types.character(3).type())).isEqualTo("CHAR(3)");
        assertThat(dialect.typeSql(Types.timestamp().withTimeZone().type())).isEqualTo("TIMESTAMP WITH TIME ZONE");
        assertThat(dialect.typeSql(Types.time().withTimeZone().type())).isEqualTo("TIME WITH TIME ZONE");
        assertThat(dialect.typeSql(MOOD)).isEqualTo("\"mood\"");
        assertThat(dialect.typeSql(Types.array(Types.integer()).type())).isEqualTo("INTEGER[]");
        assertThat(dialect.typeSql(Types.array(Types.string(20)).type())).isEqualTo("VARCHAR(20)[]");
        assertThat(dialect.typeSql(Types.custom("citext").on("mysql", "varchar(255)").type())).isEqualTo("citext");
        assertThat(dialect.typeSql(Types.custom("citext").on("postgresql", "text").type())).isEqualTo("text");
    }

    @Test
    void unsignedIntegersAreRefusedWithTheNextWiderType() {
        assertThatThrownBy(() -> dialect.typeSql(Types.integer().unsigned().type()))
                .isInstanceOf(NotSupportedException.class)
                .hasMessage("postgresql cannot declare a column of type integer unsigned: PostgreSQL has no unsigned"
                        + " integers. Use bigInteger(), the next wider type, with a check (column >= 0)");
        assertThatThrownBy(() -> dialect.typeSql(Types.bigInteger().unsigned().type()))
                .hasMessageContaining("Use decimal(20, 0), the next wider type");
        assertThatThrownBy(() -> dialect.typeSql(Types.smallInteger().unsigned().type()))
                .hasMessageContaining("Use integer(), the next wider type");
    }

    @Test
    void aCustomTypeWithoutASpellingHereIsRefusedNamingTheDialect() {
        ColumnType mysqlOnly = Types.custom("mysql", "mediumint").type();
        assertThatThrownBy(() -> dialect.typeSql(mysqlOnly)).isInstanceOf(NotSupportedException.class)
                .hasMessage("postgresql cannot declare a column of type custom(mysql: mediumint): the custom type has"
                        + " no spelling for postgresql. Give one with custom(type).on(\"postgresql\", type) or a"
                        + " default with custom(type)");
    }

    @Test
    void theEnumTypeIsCreatedBeforeItsFirstColumnOnly() {
        CreateTable create = new CreateTable("people", List.of(column("id", Types.integer().type()),
                column("mood", MOOD), column("moods", ColumnType.array(MOOD))), List.of(), null);
        assertThat(render(create, known())).containsExactly(
                "CREATE TYPE \"mood\" AS ENUM ('happy', 'sad')",
                "CREATE TABLE \"people\" (\n    \"id\" INTEGER,\n    \"mood\" \"mood\",\n    \"moods\" \"mood\"[]\n)");
        assertThat(render(new AddColumn("pets", column("mood", MOOD), List.of()),
                known(table("people", column("mood", MOOD))))).containsExactly(
                "ALTER TABLE \"pets\" ADD COLUMN \"mood\" \"mood\"");
    }

    @Test
    void theEnumTypeIsDroppedAfterItsLastColumn() {
        Table people = table("people", column("id", Types.integer().type()), column("mood", MOOD));
        Table pets = table("pets", column("mood", MOOD));
        assertThat(render(new DropTable("people"), known(people)))
                .containsExactly("DROP TABLE \"people\"", "DROP TYPE \"mood\"");
        assertThat(render(new DropTable("people"), known(people, pets))).containsExactly("DROP TABLE \"people\"");
        assertThat(render(new DropColumn("people", "mood"), known(people)))
                .containsExactly("ALTER TABLE \"people\" DROP COLUMN \"mood\"", "DROP TYPE \"mood\"");
        assertThat(render(new AlterColumn("people", "mood", Types.text().type(), null, null, null, null, null, null),
                known(people))).containsExactly("ALTER TABLE \"people\" ALTER COLUMN \"mood\" TYPE TEXT",
                "DROP TYPE \"mood\"");
    }

    @Test
    void anAlterationToAnEnumCastsAndANewValueIsAddedInItsPlace() {
        Table people = table("people", column("mood", Types.text().type()));
        assertThat(render(new AlterColumn("people", "mood", MOOD, null, null, null, null, null, null), known(people)))
                .containsExactly("CREATE TYPE \"mood\" AS ENUM ('happy', 'sad')",
                        "ALTER TABLE \"people\" ALTER COLUMN \"mood\" TYPE \"mood\" USING \"mood\"::text::\"mood\"");
        ColumnType more = Types.enumeration("mood", "glad", "happy", "meh", "sad", "cross").type();
        assertThat(render(new AlterColumn("people", "mood", more, null, null, null, null, null, null),
                known(table("people", column("mood", MOOD))))).containsExactly(
                "ALTER TYPE \"mood\" ADD VALUE 'glad' BEFORE 'happy'",
                "ALTER TYPE \"mood\" ADD VALUE 'meh' BEFORE 'sad'",
                "ALTER TYPE \"mood\" ADD VALUE 'cross'");
    }

    @Test
    void removingOrReorderingEnumValuesIsRefusedWithTheWayRound() {
        ColumnType fewer = Types.enumeration("mood", "sad").type();
        assertThatThrownBy(() -> render(new AlterColumn("people", "mood", fewer, null, null, null, null, null, null),
                known(table("people", column("mood", MOOD))))).isInstanceOf(NotSupportedException.class)
                .hasMessage("postgresql cannot change enum type mood from [happy, sad] to [sad]: PostgreSQL can add"
                        + " values to an enum type but not remove or reorder them. Alter the column to text() first"
                        + " and then to the new enumeration: the type is dropped with its last column and created"
                        + " again");
    }

    @Test
    void aCustomTypeReadsBackAsPostgresNamesIt() {
        assertThat(dialect.reflectedType(Types.custom("CITEXT").type())).isEqualTo(ColumnType.custom("citext"));
        assertThat(dialect.reflectedType(Types.custom("uuid").type())).isEqualTo(Types.uuid().type());
        assertThat(dialect.reflectedType(Types.array(Types.binary(16)).type()))
                .isEqualTo(Types.array(Types.binary()).type());
    }
}
