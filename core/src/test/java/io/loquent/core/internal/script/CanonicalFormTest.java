package io.loquent.core.internal.script;

import static org.assertj.core.api.Assertions.assertThat;

import io.loquent.api.operation.AddColumn;
import io.loquent.api.operation.BulkInsert;
import io.loquent.api.operation.CreateIndex;
import io.loquent.api.operation.CreateSequence;
import io.loquent.api.operation.DropIndex;
import io.loquent.api.operation.DropSequence;
import io.loquent.api.operation.DropTable;
import io.loquent.api.schema.Column;
import io.loquent.api.schema.ColumnType;
import io.loquent.api.schema.Index;
import io.loquent.api.schema.IndexKey;
import io.loquent.api.schema.Sequence;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CanonicalFormTest {
    private static BulkInsert row(Object... keysAndValues) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            row.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return new BulkInsert("t", List.of(row));
    }

    private static String text(Object value) {
        return CanonicalForm.text(CanonicalForm.of(value));
    }

    @Test
    void mapOrderDoesNotMatterButValuesAndTheirTypesDo() {
        assertThat(text(row("a", 1, "b", "x"))).isEqualTo(text(row("b", "x", "a", 1)))
                .isNotEqualTo(text(row("a", 1L, "b", "x")))
                .isNotEqualTo(text(row("a", "1", "b", "x")))
                .isNotEqualTo(text(row("a", 1, "b", "x\"")));
        assertThat(text(row("a", new BigDecimal("1.50")))).isNotEqualTo(text(row("a", new BigDecimal("1.5"))));
    }

    @Test
    void datesAndTimesCountByTypeOnly() {
        assertThat(text(row("d", LocalDate.of(2020, 1, 1)))).isEqualTo(text(row("d", LocalDate.now())))
                .isNotEqualTo(text(row("d", "2020-01-01")));
    }

    @Test
    void quotesInNamesCannotForgeAnotherTree() {
        assertThat(text(new DropTable("a\",\".x\":\"b"))).isNotEqualTo(text(new DropTable("a")));
        assertThat(text(new DropTable("t"))).isEqualTo("{\".table\":\"String:t\",\"record\":\"DropTable\"}");
    }

    /** The record grew the index spec; what the old record could say keeps the form, and the checksum, it had. */
    @Test
    void aPlainIndexKeepsTheFormOfTheRecordBeforeTheIndexSpec() {
        assertThat(text(new CreateIndex("ix", "t", List.of("a", "b"), false))).isEqualTo("{\".columns\":[\"String:a\","
                + "\"String:b\"],\".name\":\"String:ix\",\".table\":\"String:t\",\".unique\":\"Boolean:false\","
                + "\"record\":\"CreateIndex\"}");
        assertThat(text(new DropIndex("ix", "t"))).isEqualTo("{\".name\":\"String:ix\",\".table\":\"String:t\","
                + "\"record\":\"DropIndex\"}");
        assertThat(text(new CreateIndex("t", Index.on("ix", false, "a", "b"), true)))
                .isNotEqualTo(text(new CreateIndex("ix", "t", List.of("a", "b"), false)));
        assertThat(text(new CreateIndex("t", new Index("ix", List.of(IndexKey.expression("lower(a)")), false, null),
                false))).contains("lower(a)").isNotEqualTo(text(new CreateIndex("ix", "t", List.of("a"), false)));
        assertThat(text(DropIndex.concurrently("ix", "t"))).contains("Boolean:true");
    }

    @Test
    void sequencesCountByNameStartAndIncrement() {
        String orders = text(new CreateSequence(new Sequence("orders", 1, 50)));
        assertThat(orders).isEqualTo("{\".sequence\":{\".increment\":\"Long:50\",\".name\":\"String:orders\","
                + "\".start\":\"Long:1\",\"record\":\"Sequence\"},\"record\":\"CreateSequence\"}");
        assertThat(orders).isNotEqualTo(text(new CreateSequence(new Sequence("orders", 1, 1))))
                .isNotEqualTo(text(new CreateSequence(new Sequence("orders", 50, 50))))
                .isNotEqualTo(text(new CreateSequence(new Sequence("orderz", 1, 50))));
        assertThat(text(new DropSequence("orders"))).isEqualTo("{\".name\":\"String:orders\",\"record\":\"DropSequence\"}")
                .isNotEqualTo(text(new DropTable("orders")));
    }

    /**
     * The form of {@code binary()} is the one it had before {@code binary(n)} existed (a null length is left out), so
     * a revision that declares {@code binary()} keeps its recorded checksum; {@code binary(16)} differs from it.
     */
    @Test
    void unboundedBinaryKeepsItsFormAndAFixedLengthChangesIt() {
        Column blob = new Column("b", ColumnType.of(ColumnType.Kind.BINARY), true, false, null, null);
        assertThat(text(new AddColumn("t", blob, List.of()))).isEqualTo("{\".column\":{\".autoIncrement\":"
                + "\"Boolean:false\",\".name\":\"String:b\",\".nullable\":\"Boolean:true\",\".type\":{\".kind\":"
                + "\"enum:ColumnType.Kind.BINARY\",\"record\":\"ColumnType\"},\"record\":\"Column\"},"
                + "\".constraints\":[],\".table\":\"String:t\",\"record\":\"AddColumn\"}");
        assertThat(text(new ColumnType(ColumnType.Kind.BINARY, 16, null, null)))
                .isEqualTo("{\".kind\":\"enum:ColumnType.Kind.BINARY\",\".length\":\"Integer:16\","
                        + "\"record\":\"ColumnType\"}");
    }

    @Test
    void mergeKeepsWhatBothRecordingsShare() {
        Object a = CanonicalForm.of(List.of(row("id", 1, "token", "x1"), new DropTable("t")));
        Object b = CanonicalForm.of(List.of(row("id", 1, "token", "y2"), new DropTable("t")));
        assertThat(CanonicalForm.text(CanonicalForm.merge(a, b)))
                .contains("\"=String:id\":\"Integer:1\"", "\"=String:token\":\"varies\"", "\"record\":\"DropTable\"");
        assertThat(CanonicalForm.merge(a, a)).isEqualTo(a);
        assertThat(CanonicalForm.merge(a, CanonicalForm.of(List.of()))).isEqualTo(CanonicalForm.VARIES);
    }
}
