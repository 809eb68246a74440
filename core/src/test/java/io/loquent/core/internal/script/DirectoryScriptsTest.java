package io.loquent.core.internal.script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.loquent.core.ScriptException;
import io.loquent.core.Scripts;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DirectoryScriptsTest {
    @TempDir
    Path dir;

    private DirectoryScripts scripts() {
        return new DirectoryScripts(dir.resolve("migrations"), new CompileCache(dir.resolve("cache"), "test"));
    }

    @Test
    void compilesOnceThenLoadsFromTheCache() throws Exception {
        Scripts.write(dir.resolve("migrations"), "1_a.java", "a1", null, "op.execute(\"select 1\");", "");
        Scripts.write(dir.resolve("migrations"), "2_b.java", "b2", "a1", "", "");
        DirectoryScripts first = scripts();
        List<LoadedRevision> loaded = first.load();
        assertThat(first.compiledCount()).isEqualTo(2);
        assertThat(loaded).extracting(r -> r.info().id()).containsExactly("a1", "b2");
        assertThat(loaded.get(1).info().down()).containsExactly("a1");
        assertThat(loaded.get(0).info().checksum()).startsWith("sha256:").hasSize(71);

        DirectoryScripts second = scripts();
        assertThat(second.load()).extracting(r -> r.info().id()).containsExactly("a1", "b2");
        assertThat(second.compiledCount()).isZero();

        Path b = dir.resolve("migrations/2_b.java");
        Files.writeString(b, Files.readString(b).replace("revision b2", "revision b2, edited"));
        DirectoryScripts third = scripts();
        assertThat(third.load().get(1).info().message()).isEqualTo("revision b2, edited");
        assertThat(third.compiledCount()).isEqualTo(1);
    }

    @Test
    void lineEndingsAndByteOrderMarkDoNotChangeTheChecksum() throws Exception {
        Path a = Scripts.write(dir, "a.java", "a1", null, "", "");
        String checksum = ScriptFile.read(a).checksum();
        Files.writeString(a, "\uFEFF" + Files.readString(a).replace("\n", "\r\n"));
        assertThat(ScriptFile.read(a).checksum()).isEqualTo(checksum);
    }

    @Test
    void compileErrorNamesFileLineAndTheMissingSymbol() {
        Path file = Scripts.write(dir.resolve("migrations"), "1_broken.java", "a1", null, "op.createTabel(\"x\");", "");
        assertThatThrownBy(() -> scripts().load())
                .isInstanceOf(ScriptException.class)
                .hasMessage(ScriptFile.display(file) + ":7: cannot find symbol (symbol: method createTabel(java.lang.String);"
                        + " location: variable op of type io.loquent.api.Op). Nothing was applied; fix the revision file"
                        + " and run again");
    }

    @Test
    void everyCompileErrorIsListedOnALineOfItsOwn() {
        Path a = Scripts.write(dir.resolve("migrations"), "1_a.java", "a1", null, "op.createTabel(\"x\");",
                "int n = \"text\";");
        Path b = Scripts.write(dir.resolve("migrations"), "2_b.java", "b2", "a1", "undefined();", "");
        ScriptException e = catchThrowableOfType(ScriptException.class, () -> scripts().load());
        assertThat(e.getMessage().split("\n")).containsExactly(
                ScriptFile.display(a) + ":7: cannot find symbol (symbol: method createTabel(java.lang.String); location:"
                        + " variable op of type io.loquent.api.Op) (and 2 more, below). Nothing was applied; fix the"
                        + " revision file and run again",
                "  " + ScriptFile.display(a) + ":10: incompatible types: java.lang.String cannot be converted to int",
                "  " + ScriptFile.display(b) + ":7: cannot find symbol (symbol: method undefined(); location: class R_b2)");
        assertThat(e.problems()).hasSize(3);
    }

    @Test
    void manyCompileErrorsAreCutAfterTwentyMore() {
        String calls = String.join(" ", java.util.Collections.nCopies(25, "nothing();"));
        Scripts.write(dir.resolve("migrations"), "1_a.java", "a1", null, calls, "");
        ScriptException e = catchThrowableOfType(ScriptException.class, () -> scripts().load());
        String[] lines = e.getMessage().split("\n");
        assertThat(lines).hasSize(1 + ScriptException.LISTED + 1);
        assertThat(lines[0]).contains("(and 24 more, below)");
        assertThat(lines[lines.length - 1]).isEqualTo("  and 4 more");
        assertThat(e.problems()).hasSize(25);
    }

    @Test
    void badAnnotationIsExplained() throws Exception {
        Path file = Scripts.write(dir.resolve("migrations"), "1_bad.java", "a1", null, "", "");
        Files.writeString(file, Files.readString(file).replace("id = \"a1\"", "id = \"has-dash\""));
        assertThatThrownBy(() -> scripts().load())
                .isInstanceOf(ScriptException.class)
                .hasMessageContaining("1_bad.java: @Revision id 'has-dash' is not a valid revision id");
    }

    @Test
    void fileWithoutARevisionIsRefused() throws Exception {
        Files.createDirectories(dir.resolve("migrations"));
        Files.writeString(dir.resolve("migrations/Helper.java"), "class Helper {}\n");
        assertThatThrownBy(() -> scripts().load())
                .hasMessageContaining("Helper.java:1: no class implementing MigrationScript with @Revision");
    }

    @Test
    void aFileThatIsNotUtf8IsRefusedWithItsLineAndByte() throws Exception {
        Path file = Scripts.write(dir.resolve("migrations"), "1_latin.java", "a1", null,
                "op.bulkInsert(\"t\", java.util.List.of(java.util.Map.of(\"v\", \"caf\u00e9\")));", "");
        String source = Files.readString(file);
        Files.write(file, source.getBytes(StandardCharsets.ISO_8859_1));
        int offset = source.indexOf('\u00e9');
        assertThatThrownBy(() -> scripts().load())
                .isInstanceOf(ScriptException.class)
                .hasMessage(ScriptFile.display(file) + ":7: the file is not valid UTF-8 (byte " + offset + " is 0xE9)."
                        + " Save it as UTF-8 and run again");
    }

    @Test
    void utf8TextIsKeptAsWritten() throws Exception {
        Path file = Scripts.write(dir.resolve("migrations"), "1_utf8.java", "a1", null, "", "");
        Files.writeString(file, Files.readString(file).replace("revision a1", "caf\u00e9 \uD83D\uDE00"));
        assertThat(scripts().load().get(0).info().message()).isEqualTo("caf\u00e9 \uD83D\uDE00");
    }

    @Test
    void aDanglingLinkInTheFolderIsAnError() throws Exception {
        Scripts.write(dir.resolve("migrations"), "1_a.java", "a1", null, "", "");
        Path link = Files.createSymbolicLink(dir.resolve("migrations/2_gone.java"), dir.resolve("nowhere.java"));
        assertThatThrownBy(() -> scripts().load())
                .isInstanceOf(ScriptException.class)
                .hasMessage(ScriptFile.display(link) + ": the revision file is a symbolic link to '"
                        + dir.resolve("nowhere.java") + "', which does not exist. Remove it from the scripts folder"
                        + " or fix the link");
    }

    @Test
    void aLinkToARevisionFileIsFollowed() throws Exception {
        Path real = Scripts.write(dir.resolve("elsewhere"), "1_a.java", "a1", null, "", "");
        Files.createDirectories(dir.resolve("migrations"));
        Files.createSymbolicLink(dir.resolve("migrations/1_a.java"), real);
        assertThat(scripts().load()).extracting(r -> r.info().id()).containsExactly("a1");
    }

    @Test
    void aStaticInitialiserThatThrowsIsReportedWithItsCauseAndLine() {
        Path file = Scripts.write(dir.resolve("migrations"), "1_a.java", "a1", null, "", "");
        try {
            Files.writeString(file, Files.readString(file).replace("implements MigrationScript {",
                    "implements MigrationScript {\n    static final int PORT = Integer.parseInt(\"x80\");"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        LoadedRevision revision = scripts().load().get(0);
        assertThatThrownBy(revision::newScript)
                .isInstanceOf(ScriptException.class)
                .hasMessage(ScriptFile.display(file) + ":6: the static initialiser of R_a1 failed: For input string:"
                        + " \"x80\". Fix the script's static fields or static block");
    }
}
