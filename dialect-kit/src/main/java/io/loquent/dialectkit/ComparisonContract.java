package io.loquent.dialectkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.loquent.api.MigrationScript;
import io.loquent.api.dialect.Dialect;
import io.loquent.api.dialect.RenderContext;
import io.loquent.api.operation.CreateSequence;
import io.loquent.api.operation.DropSequence;
import io.loquent.api.operation.DropTable;
import io.loquent.api.operation.Operation;
import io.loquent.api.schema.Column;
import io.loquent.api.schema.ColumnType;
import io.loquent.api.schema.DefaultValue;
import io.loquent.api.schema.Schema;
import io.loquent.api.schema.Sequence;
import io.loquent.api.schema.Table;
import io.loquent.core.Loquent;
import io.loquent.core.MigrationFailedException;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What schema comparison relies on, proved on every database: a column the DSL created reads back through
 * {@link Dialect#reflect} with the type {@link Dialect#reflectedType} predicts, its nullability, and its default as
 * declared, or as each database documents in {@link #defaultsReadBackAs()}; auto-increment keys; unquoted names as
 * {@link Dialect#unquotedName} predicts; and sequences created, read back and dropped through revisions.
 */
public abstract class ComparisonContract extends DatabaseContract {
    /**
     * What every database reads back for a raw SQL default that is a plain literal, or the current timestamp: the
     * literal, and the current-timestamp default.
     */
    private static final Map<String, DefaultValue> RAW_SQL_READ_BACK = Map.of(
            "i_sql_lit", new DefaultValue.Literal(5), "ts_sql_now", new DefaultValue.CurrentTimestamp());

    /**
     * The other defaults of {@link ComparisonScripts.EveryKind} that this database reads back in another form than
     * the one declared, by column, with the form it reads back.
     */
    protected abstract Map<String, DefaultValue> defaultsReadBackAs();

    /** The type an auto-incrementing key declared {@code declared} reads back as. */
    protected ColumnType autoIncrementType(ColumnType declared) {
        return declared;
    }

    /** Whether an INTEGER key declared with {@code autoIncrement(false)} is still numbered by the database. */
    protected boolean manualIntegerKeyAutoIncrements() {
        return false;
    }

    /** Whether the database has sequences. */
    protected abstract boolean hasSequences();

    /** SQL that makes a table whose columns own sequences of the database's own (serial, identity); null for none. */
    protected String ownedSequencesSql() {
        return null;
    }

    Loquent loquent(Class<? extends MigrationScript> script) throws Exception {
        return Loquent.configure().url(url()).scriptClasses(script).load();
    }

    /** Drops every table and sequence the database holds, through the dialect's own statements. */
    @BeforeEach
    void dropEverything() throws Exception {
        Schema left;
        try (Connection c = connect()) {
            left = dialect().reflect(c, Set.of());
        }
        List<Operation> drops = new ArrayList<>();
        left.tables().forEach(t -> drops.add(new DropTable(t.name())));
        left.sequences().forEach(s -> drops.add(new DropSequence(s.name())));
        for (Operation drop : drops) {
            sql(dialect().render(drop, RenderContext.offline()).toArray(String[]::new));
        }
    }

    /** The columns {@code script} declares for {@code table}, as the history replayed without a database has them. */
    List<Column> declared(Class<? extends MigrationScript> script, String table) throws Exception {
        return loquent(script).schemaAt("head").table(table).orElseThrow().columns();
    }

    @Test
    void everyKindReadsBackAsReflectedTypeWithItsNullabilityAndDefault() throws Exception {
        loquent(ComparisonScripts.EveryKind.class).upgrade("head");
        Table kinds = reflect().table("kinds").orElseThrow();
        List<Column> declared = declared(ComparisonScripts.EveryKind.class, "kinds");
        assertThat(kinds.columns()).extracting(Column::name)
                .containsExactlyElementsOf(declared.stream().map(Column::name).toList());
        Map<String, DefaultValue> differently = new HashMap<>(RAW_SQL_READ_BACK);
        differently.putAll(defaultsReadBackAs());
        SoftAssertions soft = new SoftAssertions();
        for (Column want : declared) {
            Column got = kinds.column(want.name()).orElseThrow();
            soft.assertThat(got.type().withNativeName(null)).as("type of %s (%s)", want.name(), got.type().nativeName())
                    .isEqualTo(dialect().reflectedType(want.type()));
            soft.assertThat(got.nullable()).as("nullability of %s", want.name()).isEqualTo(want.nullable());
            soft.assertThat(got.defaultValue()).as("default of %s", want.name())
                    .isEqualTo(differently.getOrDefault(want.name(), want.defaultValue()));
        }
        differently.forEach((column, form) -> soft.assertThat(form).as("%s reads back differently", column)
                .isNotEqualTo(declared.stream().filter(c -> c.name().equals(column)).findFirst().orElseThrow()
                        .defaultValue()));
        soft.assertAll();
    }

    @Test
    void integerKeysAutoIncrementUnlessToldOtherwise() throws Exception {
        loquent(ComparisonScripts.Keys.class).upgrade("head");
        Schema schema = reflect();
        for (String table : List.of("auto_int", "auto_big", "manual_int", "manual_big")) {
            Column want = declared(ComparisonScripts.Keys.class, table).get(0);
            Column got = schema.table(table).orElseThrow().column("id").orElseThrow();
            boolean numbered = want.autoIncrement()
                    || manualIntegerKeyAutoIncrements() && want.type().kind() == ColumnType.Kind.INTEGER;
            assertThat(got.autoIncrement()).as("auto-increment of %s", table).isEqualTo(numbered);
            assertThat(got.type().withNativeName(null)).as("type of %s", table).isEqualTo(want.autoIncrement()
                    ? autoIncrementType(want.type()) : dialect().reflectedType(want.type()));
            assertThat(got.nullable()).as("nullability of %s", table).isFalse();
            assertThat(got.defaultValue()).as("default of %s", table).isNull();
        }
    }

    @Test
    void unquotedNamesAreKeptAsUnquotedNamePredicts() throws Exception {
        sql("CREATE TABLE unquoted_names (MixedCase INTEGER, lower_case INTEGER, \u00c9t\u00c9 INTEGER)");
        Dialect dialect = dialect();
        assertThat(reflect().table(dialect.unquotedName("unquoted_names")).orElseThrow().columns())
                .extracting(Column::name).containsExactly(dialect.unquotedName("MixedCase"),
                        dialect.unquotedName("lower_case"), dialect.unquotedName("\u00c9t\u00c9"));
    }

    @Test
    void sequencesAreCreatedReadBackAndDroppedByRevisions() throws Exception {
        Loquent loquent = loquent(ComparisonScripts.Sequences.class);
        String refusal = dialect().name() + " cannot create sequence order_seq: ";
        if (!hasSequences()) {
            assertThatThrownBy(() -> loquent.upgrade("head")).isInstanceOf(MigrationFailedException.class)
                    .hasMessageContaining(refusal).hasMessageContaining("GenerationType.IDENTITY");
            assertThatThrownBy(() -> loquent.offlineSql("head", true)).hasMessageContaining(refusal);
            assertThat(reflect().sequences()).isEmpty();
            return;
        }
        assertThat(loquent.offlineSql("head", true)).as("offline SQL").contains(dialect().render(
                new CreateSequence(new Sequence("order_seq", 1, 50)), RenderContext.offline()).get(0) + ";");
        loquent.upgrade("head");
        Schema schema = reflect();
        assertThat(schema.sequences()).containsExactlyInAnyOrder(new Sequence("order_seq", 1, 50),
                new Sequence("plain", 1, 1), new Sequence("from_zero", 0, 10), new Sequence("countdown", 100, -5));
        assertThat(schema.tables()).as("a sequence is no table").isEmpty();
        sql("SELECT " + nextValue("order_seq"), "SELECT " + nextValue("from_zero"), "SELECT " + nextValue("countdown"));
        loquent.downgrade("base");
        assertThat(reflect().sequences()).isEmpty();
    }

    /** The expression that draws the next value of {@code sequence}. */
    protected String nextValue(String sequence) {
        return "nextval('" + sequence + "')";
    }

    @Test
    void sequencesThatColumnsOwnAreTheColumnsNotTheSchemas() throws Exception {
        loquent(ComparisonScripts.Keys.class).upgrade("head");
        if (ownedSequencesSql() != null) {
            sql(ownedSequencesSql());
        }
        Schema schema = reflect();
        assertThat(schema.sequences()).isEmpty();
        if (ownedSequencesSql() != null) {
            assertThat(schema.table("legacy").orElseThrow().columns()).allSatisfy(c -> {
                assertThat(c.autoIncrement()).as(c.name()).isTrue();
                assertThat(c.defaultValue()).as(c.name()).isNull();
            });
        }
    }
}
