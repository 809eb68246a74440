package io.loquent.core.internal.drift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.loquent.api.LoquentException;
import io.loquent.api.schema.Column;
import io.loquent.api.schema.ColumnType;
import io.loquent.api.schema.ColumnType.Kind;
import io.loquent.api.schema.DefaultValue;
import io.loquent.api.schema.Index;
import io.loquent.api.schema.IndexKey;
import io.loquent.api.schema.ReferentialAction;
import io.loquent.api.schema.Schema;
import io.loquent.api.schema.Sequence;
import io.loquent.api.schema.Table;
import io.loquent.api.schema.View;
import io.loquent.api.schema.TableConstraint;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A snapshot written as lines reads back as the same schema, whatever its names, texts and defaults hold. */
class SnapshotTest {
    /** Every kind of object, with tabs, commas, backslashes, line breaks and the null marker's text in its values. */
    static final Schema TRICKY = new Schema(List.of(
            new Table("odd, \"name\"", List.of(
                    new Column("id", ColumnType.of(Kind.BIG_INTEGER).withNativeName("int8"), false, true, null, null),
                    new Column("note\tx", new ColumnType(Kind.STRING, 20, null, null), true, false,
                            new DefaultValue.Literal("a,b\\N\tc\nd\\"), "it's, a\ncomment"),
                    new Column("price", new ColumnType(Kind.DECIMAL, null, 10, 2), false, false,
                            new DefaultValue.Literal(new BigDecimal("1.50")), null),
                    new Column("on", ColumnType.of(Kind.BOOLEAN), false, false, new DefaultValue.Literal(true), null),
                    new Column("ratio", ColumnType.of(Kind.DOUBLE), true, false, new DefaultValue.Literal(Double.NaN),
                            null),
                    new Column("at", ColumnType.of(Kind.TIMESTAMP), false, false, new DefaultValue.CurrentTimestamp(),
                            null),
                    new Column("code", ColumnType.of(Kind.TEXT), true, false, new DefaultValue.Sql("lower('X')"),
                            "")),
                    List.of(new TableConstraint.PrimaryKey("pk", List.of("id")),
                            new TableConstraint.Unique("uq", List.of("note\tx", "price")),
                            new TableConstraint.ForeignKey("fk", List.of("id"), "other", List.of("ref,id"),
                                    ReferentialAction.CASCADE, null),
                            new TableConstraint.ForeignKey("fk_later", List.of("id"), "other", List.of("ref,id"),
                                    null, null, TableConstraint.Deferral.DEFERRED),
                            new TableConstraint.Unique("uq_later", List.of("price"), TableConstraint.Deferral.IMMEDIATE),
                            new TableConstraint.Check("ck", "price > 0 AND code <> ','")),
                    List.of(new Index("ix", List.of(IndexKey.of("price"), IndexKey.expression("lower(code)")), true,
                            "price > 1"), Index.on("ix2", false, "code")),
                    "a table\\comment"),
            new Table("other", List.of(new Column("ref,id", ColumnType.of(Kind.INTEGER), false, false, null, null)),
                    List.of(), List.of(), null)),
            List.of(new Sequence("seq", 100, 5)),
            List.of(new View("v\tx", "SELECT 'a\tb', \"ref,id\"\nFROM other -- \\N")));

    @Test
    void everyObjectReadsBackAsItWasWritten() {
        Snapshot snapshot = new Snapshot(List.of("a1", "b2"), LocalDateTime.of(2026, 11, 30, 14, 2, 7), "upgrade",
                TRICKY);
        List<String> lines = snapshot.lines();
        assertThat(lines).allMatch(l -> !l.contains("\n") && !l.contains("\r"));
        Snapshot read = Snapshot.of(lines);
        assertThat(read.schema()).isEqualTo(TRICKY);
        assertThat(read.revisions()).containsExactly("a1", "b2");
        assertThat(read.since()).isEqualTo("since revisions a1, b2 (applied 2026-11-30 14:02)");
    }

    @Test
    void anIndexMethodIncludedColumnsAndPrefixLengthsReadBackAndOldIndexLinesStillRead() {
        Table t = new Table("t", List.of(new Column("a", ColumnType.of(Kind.TEXT), true, false, null, null),
                new Column("b", ColumnType.of(Kind.TEXT), true, false, null, null)), List.of(),
                List.of(new Index("ix", List.of(IndexKey.prefix("a", 10), IndexKey.expression("lower(b)")), false,
                        null, "gin", List.of("b")), Index.on("ix2", true, "a")), null);
        Schema schema = new Schema(List.of(t));
        List<String> lines = new Snapshot(List.of("a1"), LocalDateTime.of(2026, 12, 1, 9, 0), "upgrade", schema)
                .lines();
        assertThat(Snapshot.of(lines).schema()).isEqualTo(schema);
        assertThat(lines).as("a plain index keeps the line it had before methods were read")
                .contains("index\tt\tix2\t1\t\\N\tc:a");
    }

    @Test
    void atBaseThereAreNoRevisions() {
        Snapshot base = Snapshot.of(new Snapshot(List.of(), LocalDateTime.of(2026, 1, 2, 3, 4), "downgrade",
                Schema.EMPTY).lines());
        assertThat(base.revisions()).isEmpty();
        assertThat(base.schema()).isEqualTo(Schema.EMPTY);
        assertThat(base.since()).isEqualTo("since base (downgraded to 2026-01-02 03:04)");
    }

    @Test
    void linesItDidNotWriteAreRefusedWithAdvice() {
        assertThatThrownBy(() -> Snapshot.of(List.of("garbage"))).isInstanceOf(LoquentException.class)
                .hasMessage("the schema snapshot has no header Loquent can read (written by another version?)."
                        + " Record a new one with loquent.acceptDrift()");
        List<String> lines = new java.util.ArrayList<>(new Snapshot(List.of("a1"), LocalDateTime.now(), "stamp",
                TRICKY).lines());
        lines.add("column\tnowhere\tx");
        assertThatThrownBy(() -> Snapshot.of(lines)).isInstanceOf(LoquentException.class)
                .hasMessageStartingWith("the schema snapshot's line " + (lines.size() - 1) + " cannot be read (names"
                        + " table nowhere before its table line)");
    }
}
