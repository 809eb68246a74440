package io.loquent.core.internal.replay;

import static io.loquent.api.Types.bigInteger;
import static io.loquent.api.Types.integer;
import static io.loquent.api.Types.string;
import static io.loquent.core.internal.replay.Recorded.operations;
import static io.loquent.core.internal.replay.Recorded.refused;
import static io.loquent.core.internal.replay.Recorded.replay;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.loquent.api.DefinitionException;
import io.loquent.api.operation.Operation;
import io.loquent.api.schema.Column;
import io.loquent.api.schema.Generated;
import io.loquent.api.schema.Identity;
import io.loquent.api.schema.Schema;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Identity options and generations replayed as declared and kept through alterations; an added column placed where
 * a database that honours positions puts it, and appended where the database cannot.
 */
class InterpreterColumnAttributesTest {
    private final Schema items = replay(op -> op.createTable("items", t -> t
            .column("id", bigInteger().primaryKey().identity(1000, 10).identityAlways())
            .column("price", integer()).column("qty", integer())
            .column("total", integer().storedAs("price * qty"))));

    private static Column column(Schema schema, String name) {
        return schema.table("items").orElseThrow().column(name).orElseThrow();
    }

    private static List<String> names(Schema schema) {
        return schema.table("items").orElseThrow().columns().stream().map(Column::name).toList();
    }

    @Test
    void identityAndGenerationAreReplayedAndSurviveAnAlteration() {
        assertThat(column(items, "id").identity()).isEqualTo(new Identity(1000, 10, true));
        assertThat(column(items, "total").generated()).isEqualTo(new Generated("price * qty", true));
        Schema altered = replay(items, op -> op.alterColumn("items", "total", c -> c.nullable(false).comment("sum")));
        assertThat(column(altered, "total").generated()).isEqualTo(new Generated("price * qty", true));
        assertThat(column(replay(items, op -> op.renameColumn("items", "id", "key")), "key").identity())
                .isEqualTo(new Identity(1000, 10, true));
        refused(items, op -> op.alterColumn("items", "total", c -> c.defaultValue(1)),
                "alterColumn items.total: it is generated (stored as price * qty), so it takes no default at revision 3f2a");
    }

    @Test
    void aPlacedColumnGoesWhereTheDatabasePutsIt() {
        List<Operation> added = operations(op -> {
            op.addColumn("items", "note", string(20).after("price"));
            op.addColumn("items", "code", string(10).first());
        });
        Schema placed = items;
        Schema appended = items;
        for (Operation op : added) {
            placed = Interpreter.apply(placed, op, "r", true);
            appended = Interpreter.apply(appended, op, "r", false);
        }
        assertThat(names(placed)).containsExactly("code", "id", "price", "note", "qty", "total");
        assertThat(names(appended)).containsExactly("id", "price", "qty", "total", "note", "code");
        Operation unknown = operations(op -> op.addColumn("items", "x", integer().after("nope"))).get(0);
        assertThatThrownBy(() -> Interpreter.apply(items, unknown, "r", true)).isInstanceOf(ReplayException.class)
                .hasMessageContaining("it is to follow column nope, which the table does not have");
    }

    @Test
    void theDefaultOptionsAreAPlainAutoIncrementAndConflictsAreRefused() {
        Schema plain = replay(op -> op.createTable("t", t -> t.column("id", integer().primaryKey().startingValue(1))));
        assertThat(plain.table("t").orElseThrow().column("id").orElseThrow().identity()).isNull();
        assertThatThrownBy(() -> operations(op -> op.createTable("t", t -> t.column("id",
                integer().primaryKey().startingValue(5).autoIncrement(false))))).isInstanceOf(DefinitionException.class)
                .hasMessage("column 'id' has identity options (identity(start 5, increment 1, by default)) but does"
                        + " not auto-increment; drop autoIncrement(false) or the options");
        assertThatThrownBy(() -> operations(op -> op.createTable("t", t -> t.column("id", integer())
                .column("g", integer().storedAs("id").autoIncrement())))).isInstanceOf(DefinitionException.class)
                .hasMessageContaining("is generated (stored as id) and cannot auto-increment as well");
    }
}
