package io.loquent.core.internal.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A written revision, compiled and run, records exactly the operations of the changes it was written from. */
class RoundTripTest {
    @TempDir
    Path dir;

    @Test
    void everyOperationTypeAndOptionRecordsTheSameOperationsInOrder() {
        List<Change> changes = Samples.all();
        RoundTrip.Revision revision = RoundTrip.run(dir, Samples.NAMING, Map.of("autogenerate", changes)).get(0);

        assertThat(revision.upgrade()).containsExactlyElementsOf(RoundTrip.upgradeOf(changes));
        assertThat(revision.downgrade()).containsExactlyElementsOf(RoundTrip.downgradeOf(changes));
    }

    @Test
    void eachChangeAloneRoundTrips() {
        Map<String, List<Change>> revisions = new LinkedHashMap<>();
        List<Change> all = Samples.all();
        for (int i = 0; i < all.size(); i++) {
            revisions.put("change " + i, List.of(all.get(i)));
        }
        List<RoundTrip.Revision> written = RoundTrip.run(dir, Samples.NAMING, revisions);
        for (int i = 0; i < all.size(); i++) {
            assertThat(written.get(i).upgrade()).as(written.get(i).source()).isEqualTo(all.get(i).upgrade());
            assertThat(written.get(i).downgrade()).as(written.get(i).source()).isEqualTo(all.get(i).downgrade());
        }
    }

    /** Summaries, notes and messages that would break a naive file; built from chars so that javac reads this file. */
    private static final String U = "\\" + "u";
    private static final List<String> TRICKY = List.of("quote \" and ' here", "two\nlines", "cr\rand\r\ncrlf",
            "ends */ a comment", "/* opens one", U + "000a injected", U + "000d", U + "ZZZZ bad escape",
            "\\" + U + "000a even", "\\\\" + U + "0022", "nul \0 and \u007f", "sep\u2028arator", "café ☕ 日本",
            "\uD83D\uDE00", String.valueOf((char) 0xD800) + " lone", "trailing \\", "%s %n", "\"); } //");

    @Test
    void trickySummariesNotesAndMessagesCompileAndReadAsWritten() {
        Map<String, List<Change>> revisions = new LinkedHashMap<>();
        for (String text : TRICKY) {
            revisions.put(text, List.of(new Change(text, List.of(new io.loquent.api.operation.ExecuteSql(text)),
                    List.of(new io.loquent.api.operation.DropTable(text)), text)));
        }
        List<RoundTrip.Revision> written = RoundTrip.run(dir, Samples.NAMING, revisions);

        for (int i = 0; i < TRICKY.size(); i++) {
            RoundTrip.Revision revision = written.get(i);
            List<Change> changes = revisions.get(TRICKY.get(i));
            assertThat(revision.message()).isEqualTo(TRICKY.get(i));
            assertThat(revision.upgrade()).isEqualTo(RoundTrip.upgradeOf(changes));
            assertThat(revision.downgrade()).isEqualTo(RoundTrip.downgradeOf(changes));
        }
        assertThat(lines(written.get(1).source())).contains("// two", "// lines", "// NOTE: two");
        assertThat(lines(written.get(3).source())).contains("// ends */ a comment");
        assertThat(lines(written.get(5).source())).contains("// \\" + U + "000a injected",
                "// NOTE: \\" + U + "000a injected");
        assertThat(lines(written.get(12).source())).contains("// café ☕ 日本");
    }

    @Test
    void aClassNameThatTheBodyUsesForATypeIsMadeDistinct() {
        Change change = new Change("types", List.of(
                new io.loquent.api.operation.BulkInsert("t", List.of(Map.of("a", new java.math.BigDecimal("1"),
                        "b", Double.NaN, "c", java.time.LocalDate.of(2024, 1, 1)))),
                new io.loquent.api.operation.DropConstraint("t", "c", io.loquent.api.schema.TableConstraint.Kind.CHECK)),
                List.of(), null);
        Map<String, List<Change>> revisions = new LinkedHashMap<>();
        for (String message : List.of("big decimal", "double", "local date", "table constraint", "big")) {
            revisions.put(message, List.of(change));
        }
        List<RoundTrip.Revision> written = RoundTrip.run(dir, Samples.NAMING, revisions);

        assertThat(written).extracting(r -> className(r.source())).satisfiesExactly(
                name -> assertThat(name).startsWith("BigDecimal_"), name -> assertThat(name).startsWith("Double_"),
                name -> assertThat(name).startsWith("LocalDate_"), name -> assertThat(name).startsWith("TableConstraint_"),
                name -> assertThat(name).isEqualTo("Big"));
        assertThat(written).allSatisfy(r -> assertThat(r.upgrade()).isEqualTo(change.upgrade()));
    }

    private static String className(String source) {
        return source.lines().filter(l -> l.startsWith("public final class ")).findFirst().orElseThrow().split(" ")[3];
    }

    private static List<String> lines(String source) {
        return source.lines().map(String::strip).toList();
    }
}
