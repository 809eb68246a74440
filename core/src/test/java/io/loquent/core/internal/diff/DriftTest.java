package io.loquent.core.internal.diff;

import static org.assertj.core.api.Assertions.assertThat;

import io.loquent.api.schema.Column;
import io.loquent.api.schema.ColumnType;
import io.loquent.api.schema.ColumnType.Kind;
import io.loquent.api.schema.DefaultValue;
import io.loquent.api.schema.Index;
import io.loquent.api.schema.ReferentialAction;
import io.loquent.api.schema.Schema;
import io.loquent.api.schema.Sequence;
import io.loquent.api.schema.Table;
import io.loquent.api.schema.TableConstraint;
import io.loquent.dialect.sqlite.SqliteDialect;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What drifted between a snapshot and the catalogue, one phrase per object, everything compared. */
class DriftTest {
    private static final SqliteDialect DIALECT = new SqliteDialect();

    private static Column column(String name, ColumnType type, boolean nullable, DefaultValue value, String comment) {
        return new Column(name, type, nullable, false, value, comment);
    }

    private static Schema schema(List<Column> users, List<TableConstraint> keys, List<Index> indexes,
                                 List<Sequence> sequences, Table... more) {
        List<Table> tables = new java.util.ArrayList<>(List.of(new Table("users", users, keys, indexes, null)));
        tables.addAll(List.of(more));
        return new Schema(tables, sequences);
    }

    private final List<Column> columns = List.of(
            column("id", ColumnType.of(Kind.INTEGER), false, null, null),
            column("name", new ColumnType(Kind.STRING, 100, null, null), false, new DefaultValue.Literal("x"), null),
            column("bio", ColumnType.of(Kind.TEXT), true, null, "about"));
    private final List<TableConstraint> keys = List.of(new TableConstraint.PrimaryKey("pk_users", List.of("id")),
            new TableConstraint.ForeignKey("fk_users_id", List.of("id"), "people", List.of("id"),
                    ReferentialAction.NO_ACTION, null),
            new TableConstraint.Check("ck_users_name", "length(name) > 0"));
    private final Table people = new Table("people", List.of(column("id", ColumnType.of(Kind.INTEGER), false, null,
            null)), List.of(), List.of(), null);
    private final Schema then = schema(columns, keys, List.of(Index.on("ix_users_name", false, "name")),
            List.of(new Sequence("s", 1, 1)), people);

    @Test
    void theSameSchemaHasNotDrifted() {
        assertThat(Drift.between(then, then, DIALECT)).isEmpty();
    }

    @Test
    void everyKindOfChangeIsOneLine() {
        Schema now = schema(List.of(
                column("id", ColumnType.of(Kind.BIG_INTEGER), false, null, null),
                column("name", new ColumnType(Kind.STRING, 100, null, null), true, null, null),
                column("email", new ColumnType(Kind.STRING, 200, null, null), true, null, null)),
                List.of(keys.get(0), new TableConstraint.ForeignKey("fk_users_id", List.of("id"), "people",
                        List.of("id"), ReferentialAction.CASCADE, null),
                        new TableConstraint.Unique("uq_users_email", List.of("email"))),
                List.of(Index.on("ix_users_email", true, "email")), List.of(new Sequence("s", 1, 10)),
                new Table("audit", List.of(column("id", ColumnType.of(Kind.INTEGER), false, null, null)), List.of(),
                        List.of(), null));
        assertThat(Drift.between(then, now, DIALECT)).containsExactly(
                "table audit was created outside Loquent",
                "table people was dropped outside Loquent",
                "column users.id was changed outside Loquent (type " + ColumnType.of(Kind.INTEGER) + " then, "
                        + ColumnType.of(Kind.BIG_INTEGER) + " now)",
                "column users.name was changed outside Loquent (NOT NULL then, nullable now; default 'x' then,"
                        + " none now)",
                "column users.email was added outside Loquent",
                "column users.bio was dropped outside Loquent",
                "foreign key fk_users_id on users was changed outside Loquent ((id) -> people (id) on delete default"
                        + " on update default then, (id) -> people (id) on delete CASCADE on update default now)",
                "unique key uq_users_email on users was created outside Loquent",
                "unique key ix_users_email on users was created outside Loquent",
                "check ck_users_name on users was dropped outside Loquent",
                "index ix_users_name on users was dropped outside Loquent",
                "sequence s was changed outside Loquent (start 1, increment 1 then, start 1, increment 10 now)");
    }
}
