package io.loquent.core.internal.script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.loquent.core.ConfigurationException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Whatever the message, a written revision file compiles and carries the message exactly; else nothing is written. */
class RevisionWriterTest {
    private static final LocalDateTime NOW = LocalDateTime.of(2024, 5, 1, 12, 0);
    private static final List<String> TRICKY = List.of("\"", "\\", "\n", "\r", "\r\n", "\t", "*/", "/*", "//",
            "\\u000a", "\\u0022\"", "\\\\u000d", "\u0000", "\u0001", "\u007f", "\u0085", "\u2028", "\uD800", "\uDC00",
            "\uD83D\uDE00", "caf\u00e9", "\uFEFF", "%s", "\"); }", "}", "$", "é\\");

    @Provide
    Arbitrary<List<String>> messages() {
        Arbitrary<String> tricky = Arbitraries.of(TRICKY).list().ofMaxSize(8).map(parts -> String.join("", parts));
        Arbitrary<String> any = Arbitraries.strings().all().ofMaxLength(60);
        return Arbitraries.oneOf(tricky, any, Arbitraries.strings().alpha().ofMaxLength(20)).list().ofMinSize(1).ofMaxSize(12);
    }

    /** One javac run per try, over all the files the try writes, keeps this fast. */
    @Property(tries = 25)
    void everyWrittenRevisionCompilesAndKeepsItsMessage(@ForAll("messages") List<String> messages) throws IOException {
        Path dir = Files.createTempDirectory("loquent-writer");
        try {
            Path folder = dir.resolve("migrations");
            Map<String, String> expected = new LinkedHashMap<>();
            Set<String> taken = new HashSet<>();
            for (String message : messages) {
                String id = RevisionWriter.newId();
                Path file = RevisionWriter.write(folder, id, List.of(), List.of(), List.of(), message, taken, NOW);
                taken.add(RevisionWriter.className(message, id, taken));
                assertThat(file.getFileName().toString()).matches("\\d{8}_\\d{6}_" + id + "[a-z0-9_]*\\.java");
                expected.put(id, message);
            }
            Map<String, String> loaded = new DirectoryScripts(folder, new CompileCache(dir.resolve("cache"), "t")).load()
                    .stream().collect(Collectors.toMap(r -> r.info().id(), r -> r.info().message()));
            assertThat(loaded).isEqualTo(expected);
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** The sample the property found: javac reads an escaped high surrogate, then an escaped backslash and u, as a pair. */
    @org.junit.jupiter.api.Test
    void aBackslashAfterAnUnpairedSurrogateCompiles(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        Path folder = dir.resolve("migrations");
        // Built from chars: written as literals here, the first two would trip javac in this very file.
        String high = String.valueOf((char) 0xD800);
        String otherHigh = String.valueOf((char) 0xDBFF);
        List<String> messages = List.of(high + "\\u", otherHigh + "\\u0041", (char) 1 + "\\u", "a\u0085\\\\u000a");
        Map<String, String> expected = new LinkedHashMap<>();
        Set<String> taken = new HashSet<>();
        for (String message : messages) {
            String id = RevisionWriter.newId();
            RevisionWriter.write(folder, id, List.of(), List.of(), List.of(), message, taken, NOW);
            taken.add(RevisionWriter.className(message, id, taken));
            expected.put(id, message);
        }
        assertThat(new DirectoryScripts(folder, new CompileCache(dir.resolve("cache"), "t")).load().stream()
                .collect(Collectors.toMap(r -> r.info().id(), r -> r.info().message()))).isEqualTo(expected);
    }

    @org.junit.jupiter.api.Test
    void aMessageTooLongForAClassFileIsRefusedAndNothingIsWritten(@org.junit.jupiter.api.io.TempDir Path dir)
            throws IOException {
        Path folder = dir.resolve("migrations");
        String longest = "a".repeat(RevisionWriter.MAX_CONSTANT);
        RevisionWriter.write(folder, "a1", List.of(), List.of(), List.of(), longest, Set.of(), NOW);
        assertThat(new DirectoryScripts(folder, new CompileCache(dir.resolve("cache"), "t")).load().get(0).info()
                .message()).isEqualTo(longest);

        for (String tooLong : List.of(longest + "a", "\u20ac".repeat(21_846), "\u0000".repeat(32_768))) {
            assertThatThrownBy(() -> RevisionWriter.write(folder, "b2", List.of("a1"), List.of(), List.of(), tooLong,
                    Set.of(), NOW))
                    .isInstanceOf(ConfigurationException.class)
                    .hasMessage("revision message is too long: " + RevisionWriter.classFileLength(tooLong)
                            + " bytes in the class file, where a string holds at most 65535. Nothing was written;"
                            + " shorten the message (a long explanation fits in a comment in the revision file)");
        }
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.count()).isEqualTo(1);
        }
    }

    @org.junit.jupiter.api.Test
    void aPlainRevisionIsTheEmptyTemplateAndAnEmptyBodyWritesTheSame(@org.junit.jupiter.api.io.TempDir Path dir)
            throws IOException {
        String expected = """
                import io.loquent.api.*;
                import static io.loquent.api.Types.*;

                @Revision(id = "ae1027a6acf1", down = "1234abcd", branchLabels = "lbl", dependsOn = {"d1", "d2"}, message = "create \\"users\\" 100%")
                public final class CreateUsers100 implements MigrationScript {
                    @Override public void upgrade(Op op) {
                    }

                    @Override public void downgrade(Op op) {
                    }
                }
                """;
        Path plain = RevisionWriter.write(dir.resolve("a"), "ae1027a6acf1", List.of("1234abcd"), List.of("lbl"),
                List.of("d1", "d2"), "create \"users\" 100%", Set.of(), NOW);
        Path empty = RevisionWriter.write(dir.resolve("b"), "ae1027a6acf1", List.of("1234abcd"), List.of("lbl"),
                List.of("d1", "d2"), "create \"users\" 100%", Set.of(), NOW, RevisionBody.EMPTY);
        assertThat(Files.readString(plain)).isEqualTo(expected);
        assertThat(Files.readString(empty)).isEqualTo(expected);
    }

    @org.junit.jupiter.api.Test
    void bodiesAndImportsGoInsideTheMethodsAndBesideTheApiImport(@org.junit.jupiter.api.io.TempDir Path dir)
            throws IOException {
        RevisionBody body = new RevisionBody("        op.execute(\"select '%s'\");\n", "        op.dropTable(\"t\");\n",
                List.of("java.util.Map", "java.math.BigDecimal"));
        Path file = RevisionWriter.write(dir, "b2", List.of(), List.of(), List.of(), "body", Set.of(), NOW, body);
        assertThat(Files.readString(file)).isEqualTo("""
                import io.loquent.api.*;
                import java.math.BigDecimal;
                import java.util.Map;
                import static io.loquent.api.Types.*;

                @Revision(id = "b2", down = {}, message = "body")
                public final class Body implements MigrationScript {
                    @Override public void upgrade(Op op) {
                        op.execute("select '%s'");
                    }

                    @Override public void downgrade(Op op) {
                        op.dropTable("t");
                    }
                }
                """);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new RevisionBody("", "", List.of("java.util.List;x")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
