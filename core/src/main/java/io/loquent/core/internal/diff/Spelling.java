package io.loquent.core.internal.diff;

import io.loquent.api.dialect.Dialect;
import io.loquent.api.schema.Column;
import io.loquent.api.schema.Generated;
import io.loquent.api.schema.Identity;
import io.loquent.api.schema.Index;
import io.loquent.api.schema.Schema;
import io.loquent.api.schema.Sequence;
import io.loquent.api.schema.View;
import io.loquent.api.schema.Table;
import io.loquent.api.schema.TableConstraint;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * A reflected schema spelled as a replayed one wherever the two hold the same thing, so that the two print alike
 * and only real differences show when they are compared by eye ({@code diff <(loquent schema) <(loquent schema
 * --live)}). A catalogue reads things back in its own words: PostgreSQL keeps {@code CHECK (score >= 0)} as
 * {@code (score >= (0)::numeric)}, SQLite a {@code uuid()} as {@code VARCHAR(36)}, MariaDB a default of {@code 0}
 * on a {@code DECIMAL(8, 2)} as {@code 0.00}; each is taken in the history's words where the comparison of
 * {@code check} finds no difference (types through {@link Dialect#reflectedType}, defaults by meaning, checks
 * through {@link Dialect#comparableExpression}, quotes and parentheses aside). Tables, constraints, indexes and
 * sequences come in the history's order, those the history lacks after them in the catalogue's order; columns keep
 * the catalogue's order, which is the table's. Anything that differs keeps the catalogue's spelling.
 */
public final class Spelling {
    private final Dialect dialect;
    private final ColumnDiff columns;
    private final Defaults defaults;

    public Spelling(Dialect dialect) {
        this.dialect = dialect;
        this.columns = new ColumnDiff(dialect);
        this.defaults = new Defaults(dialect);
    }

    /** {@code live} in the words and order of {@code history} where they agree. */
    public Schema of(Schema live, Schema history) {
        return new Schema(ordered(live.tables(), history.tables(), Table::name, this::table),
                ordered(live.sequences(), history.sequences(), Sequence::name, (l, h) -> l.equals(h) ? h : l),
                ordered(live.views(), history.views(), View::name, (l, h) -> l));
    }

    private Table table(Table live, Table history) {
        List<Column> spelled = new ArrayList<>();
        for (Column column : live.columns()) {
            Column known = history.column(column.name()).orElse(null);
            spelled.add(known == null ? column : column(column, known));
        }
        boolean sameComment = Objects.equals(live.comment(), history.comment())
                || (!dialect.keepsComments() && live.comment() == null);
        return new Table(live.name(), spelled,
                ordered(live.constraints(), history.constraints(), TableConstraint::name, this::constraint),
                ordered(live.indexes(), history.indexes(), Index::name, (l, h) -> l.equals(h) ? h : l),
                sameComment ? history.comment() : live.comment());
    }

    private Column column(Column live, Column history) {
        boolean sameType = columns.sameType(history, live);
        boolean sameDefault = defaults.same(history.defaultValue(), live.defaultValue());
        boolean sameComment = Objects.equals(history.comment(), live.comment())
                || (!dialect.keepsComments() && live.comment() == null);
        boolean autoIncrement = sameType ? history.autoIncrement() : live.autoIncrement();
        // MySQL reads no identity options back (only the next value): the history's stand where the catalogue is mute
        Identity identity = !autoIncrement ? null
                : dialect.keepsIdentityOptions() || live.identity() != null ? live.identity() : history.identity();
        Generated generated = live.generated() != null && history.generated() != null
                && columns.sameGeneration(history.generated(), live.generated()) ? history.generated() : live.generated();
        return new Column(live.name(), sameType ? history.type() : live.type(), live.nullable(), autoIncrement,
                sameDefault ? history.defaultValue() : live.defaultValue(),
                sameComment ? history.comment() : live.comment(), identity, generated);
    }

    private TableConstraint constraint(TableConstraint live, TableConstraint history) {
        if (live instanceof TableConstraint.Check l && history instanceof TableConstraint.Check h) {
            return condition(l.condition()).equals(condition(h.condition())) ? h : l;
        }
        return live.equals(history) ? history : live;
    }

    /**
     * A check's condition without what servers add when they store one: casts (through the dialect), and the
     * parentheses and identifier quotes PostgreSQL and MariaDB put in ({@code `score` >= 0}, {@code (score >= (0))}).
     * {@code check} compares checks by name alone; this still shows a condition changed by hand.
     */
    private String condition(String sql) {
        return dialect.comparableExpression(sql).replaceAll("[()`\"]", "");
    }

    /**
     * {@code live}'s elements, those {@code history} also names first in its order (each as {@code spell} makes it
     * from the two), then the rest in their own order.
     */
    private static <T> List<T> ordered(List<T> live, List<T> history, Function<T, String> name,
                                       BiFunction<T, T, T> spell) {
        Map<String, T> left = new LinkedHashMap<>();
        live.forEach(item -> left.put(name.apply(item), item));
        List<T> result = new ArrayList<>();
        for (T known : history) {
            T item = left.remove(name.apply(known));
            if (item != null) {
                result.add(spell.apply(item, known));
            }
        }
        result.addAll(left.values());
        return result;
    }
}
