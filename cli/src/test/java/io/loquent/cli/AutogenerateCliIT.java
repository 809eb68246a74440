package io.loquent.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code revision --autogenerate} and {@code check} as a user runs them: the README's worked example pasted into a
 * shell on a copy of {@code examples/autogenerate}, then an entity change that {@code check} reports on stdout with
 * exit 1, and the mistakes a user makes, each one {@code ERROR:} line with the database left as it was.
 */
class AutogenerateCliIT {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    @TempDir
    Path dir;

    /** A fresh copy of the example, as a new clone has it. */
    private Path example() throws IOException {
        return Processes.copyExample(ROOT.resolve("examples/autogenerate"), dir, relative -> relative.startsWith("classes")
                || relative.startsWith("migrations") || relative.startsWith(".loquent") || relative.endsWith(".db"));
    }

    /** The README's autogenerate commands: the shell block after the example's heading, without its {@code cd}. */
    private static List<String> readmeCommands() throws IOException {
        String readme = Files.readString(ROOT.resolve("README.md"));
        int at = readme.indexOf("cd examples/autogenerate\n");
        assertThat(at).as("the README's autogenerate example").isPositive();
        String block = readme.substring(at, readme.indexOf("```", at));
        return block.lines().skip(1).map(l -> l.replaceAll("\\s+#.*$", "")).filter(l -> !l.isBlank()).toList();
    }

    /** The generated revision the README shows, from its {@code @Revision} line. */
    private static String readmeRevision() throws IOException {
        String readme = Files.readString(ROOT.resolve("README.md"));
        int at = readme.indexOf("@Revision(id = \"453fe0770ff2\"");
        assertThat(at).as("the README's generated revision").isPositive();
        return readme.substring(at, readme.indexOf("```", at));
    }

    /** One README line in bash, with {@code ../../loquent} and the jar path pointing at the built jar. */
    private static CliRun shell(Path folder, String line) throws Exception {
        return Processes.bash(folder, line.replace("../../loquent", "java -jar '" + Processes.JAR + "'")
                .replace("../../cli/target/loquent.jar", "'" + Processes.JAR + "'"));
    }

    private static long revisions(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder.resolve("migrations"))) {
            return files.filter(f -> f.toString().endsWith(".java")).count();
        }
    }

    @Test
    void theReadmeExampleWritesAppliesChecksCleanAndThenWritesNothing() throws Exception {
        Path folder = example();
        List<String> commands = readmeCommands();
        assertThat(commands).hasSize(5);
        assertThat(shell(folder, commands.get(0)).exit()).as("javac").isZero();

        CliRun generated = shell(folder, commands.get(1));
        assertThat(generated.exit()).as(generated.err()).isZero();
        assertThat(generated.out()).matches("Generated .*migrations/\\d{8}_\\d{6}_[0-9a-f]{12}_create_library\\.java\\n");
        assertThat(generated.err()).contains("Detected authors: table in the model, not in the database")
                .contains("Detected books: table in the model, not in the database");
        Path file = Path.of(generated.out().substring("Generated ".length()).strip());
        String source = Files.readString(file);
        String id = source.replaceAll("(?s).*@Revision\\(id = \"([0-9a-f]{12})\".*", "$1");
        assertThat(source.substring(source.indexOf("@Revision"))).as("the revision the README shows")
                .isEqualTo(readmeRevision().replace("453fe0770ff2", id));

        CliRun up = shell(folder, commands.get(2));
        assertThat(up.exit()).as(up.err()).isZero();
        CliRun check = shell(folder, commands.get(3));
        assertThat(check.exit()).as(check.err()).isZero();
        assertThat(check.out()).matches("OK: every applied script matches what ran\n"
                + "OK: no drift since revision " + id + " \\(applied [-0-9]{10} [0-9:]{5}\\)\n"
                + "OK: the database matches the entity model\n");

        CliRun again = shell(folder, commands.get(4));
        assertThat(again.exit()).as(again.err()).isZero();
        assertThat(again.out()).isEmpty();
        assertThat(again.err()).contains("No changes: the database matches the entity model; no revision written");
        assertThat(revisions(folder)).isEqualTo(1);
    }

    /** The example generated and migrated by the README's commands, then Book's title made longer and compiled. */
    private Path migratedThenTitlesLonger() throws Exception {
        Path folder = example();
        List<String> commands = readmeCommands();
        for (String command : commands.subList(0, 3)) {
            assertThat(shell(folder, command).exit()).as(command).isZero();
        }
        Path book = folder.resolve("src/com/acme/library/Book.java");
        Files.writeString(book, Files.readString(book).replace("length = 200", "length = 250"));
        assertThat(shell(folder, commands.get(0)).exit()).isZero();
        return folder;
    }

    @Test
    void aChangedEntityFailsCheckWithOneLineForItsDifference() throws Exception {
        Path folder = migratedThenTitlesLonger();
        List<String> commands = readmeCommands();

        CliRun check = shell(folder, commands.get(3));
        assertThat(check.exit()).isEqualTo(1);
        assertThat(check.out()).matches("OK: every applied script matches what ran\n"
                + "OK: no drift since revision [0-9a-f]{12} \\(applied [-0-9]{10} [0-9:]{5}\\)\n"
                + "books\\.title: length 250 in the model, 200 in the database\n");
        assertThat(check.err()).isEqualTo("ERROR: the database differs from the entity model in 1 way (listed above)."
                + " Write a revision for them with 'loquent revision --autogenerate -m MESSAGE', or change the entities\n");

        CliRun generated = shell(folder, "../../loquent revision --autogenerate -m \"longer titles\"");
        assertThat(generated.exit()).as(generated.err()).isZero();
        assertThat(shell(folder, "../../loquent upgrade head").exit()).isZero();
        assertThat(shell(folder, commands.get(3)).exit()).isZero();
    }

    @Test
    void mistakesAreOneErrorLineAndChangeNothing() throws Exception {
        Path folder = example();
        assertThat(shell(folder, readmeCommands().get(0)).exit()).isZero();

        CliRun missing = shell(folder, "../../loquent revision --autogenerate -m x --models no/such/dir");
        assertThat(missing.exit()).isEqualTo(1);
        assertThat(missing.err()).startsWith("ERROR: models class path entry '").contains("no/such/dir' does not exist")
                .doesNotContain("\tat ").hasLineCount(1);
        assertThat(folder.resolve("migrations")).doesNotExist();

        Files.writeString(folder.resolve("loquent.properties"), Files.readString(folder.resolve("loquent.properties"))
                .replace("models_package=com.acme.library", "models_package=com.acme.nothing"));
        CliRun empty = shell(folder, "../../loquent revision --autogenerate -m x");
        assertThat(empty.exit()).isEqualTo(1);
        assertThat(empty.err()).startsWith("ERROR: ").contains("com.acme.nothing").hasLineCount(1);
        assertThat(folder.resolve("migrations")).doesNotExist();
        assertThat(folder.resolve("library.db")).as("the model is read before any connection").doesNotExist();
    }

    @Test
    void autogenerateRefusesADatabaseBehindHead() throws Exception {
        Path folder = example();
        List<String> commands = readmeCommands();
        assertThat(shell(folder, commands.get(0)).exit()).isZero();
        assertThat(shell(folder, commands.get(1)).exit()).isZero();
        CliRun behind = shell(folder, "../../loquent revision --autogenerate -m again");
        assertThat(behind.exit()).isEqualTo(1);
        assertThat(behind.err()).isEqualTo("ERROR: the database is at base, not at head (" + headOf(folder) + "): the"
                + " entity model is compared with a database at head. Run 'loquent upgrade head' first\n");
        assertThat(revisions(folder)).isEqualTo(1);
    }

    /**
     * {@code --offline} compares the entities with the schema the migrations build, replayed without a database: the
     * URL names a SQLite file in a folder that does not exist, so any connection would fail, and the revision is the
     * one the online form then writes against the migrated database.
     */
    @Test
    void offlineAutogenerateWritesWhatTheOnlineFormWrites() throws Exception {
        Path folder = migratedThenTitlesLonger();
        String generate = "revision --autogenerate -m 'longer titles' --rev-id 0ff1c0ffee00";
        CliRun offline = shell(folder, "../../loquent --url jdbc:sqlite:nowhere/library.db " + generate + " --offline");
        assertThat(offline.exit()).as(offline.err()).isZero();
        String detected = "Detected books.title: length 250 in the model, 200 in the database\n";
        assertThat(offline.err()).contains(detected).doesNotContain("warning:")
                .contains("lint: warning SQ001 revision 0ff1c0ffee00 (");
        assertThat(folder.resolve("nowhere")).as("nothing connected").doesNotExist();
        Path written = Path.of(offline.out().substring("Generated ".length()).strip());
        String source = Files.readString(written);
        Files.delete(written);

        CliRun online = shell(folder, "../../loquent " + generate);
        assertThat(online.exit()).as(online.err()).isZero();
        assertThat(online.err()).contains(detected).contains("lint: warning SQ001 revision 0ff1c0ffee00 (");
        assertThat(Files.readString(Path.of(online.out().substring("Generated ".length()).strip())))
                .as("the online revision").isEqualTo(source).contains("string(250)");

        CliRun clean = shell(folder, "../../loquent --url jdbc:sqlite:nowhere/library.db revision --autogenerate"
                + " --offline -m again");
        assertThat(clean.exit()).as(clean.err()).isZero();
        assertThat(clean.out()).isEmpty();
        assertThat(clean.err()).endsWith("No changes: the schema the migrations build matches the entity model; no"
                + " revision written\n");

        CliRun misplaced = shell(folder, "../../loquent revision --offline -m x");
        assertThat(misplaced.exit()).isEqualTo(2);
        assertThat(misplaced.err()).isEqualTo("ERROR: revision: --offline goes with --autogenerate: write revision -m"
                + " MSG --autogenerate --offline. Run 'loquent --help' for usage.\n");
        assertThat(revisions(folder)).isEqualTo(2);
    }

    /** {@code schema} replays the revisions without a database: the URL here leads nowhere, and is never used. */
    @Test
    void schemaPrintsTheReplayedSchemaWithoutADatabase() throws Exception {
        Path folder = example();
        List<String> commands = readmeCommands();
        assertThat(shell(folder, commands.get(0)).exit()).isZero();
        assertThat(shell(folder, commands.get(1)).exit()).isZero();
        Files.delete(folder.resolve("library.db"));
        CliRun schema = shell(folder, "../../loquent --url jdbc:postgresql://127.0.0.1:9/nowhere schema head");
        assertThat(schema.exit()).as(schema.err()).isZero();
        assertThat(schema.out()).isEqualTo("""
                // table authors
                Migration.createTable("authors", t -> {
                    t.column("ID", bigInteger().primaryKey());
                    t.column("name", string(100).nullable(false));
                });

                // table books
                Migration.createTable("books", t -> {
                    t.column("ID", bigInteger().primaryKey());
                    t.column("price", decimal(10, 2));
                    t.column("title", string(200).nullable(false));
                    t.column("author_id", bigInteger().nullable(false).foreignKey("authors.ID"));
                });
                op.createIndex("ix_books_title", "books", "title");
                """);
        assertThat(shell(folder, "../../loquent schema base").out()).as("nothing at base").isEmpty();
        assertThat(folder.resolve("library.db")).as("the configured SQLite file was never opened").doesNotExist();
    }

    /** Start-up of the other commands does not grow: EclipseLink loads for autogenerate and check alone. */
    @Test
    void onlyTheCommandsThatCompareModelsLoadEclipseLink() throws Exception {
        Path folder = example();
        List<String> commands = readmeCommands();
        for (String command : commands.subList(0, 3)) {
            assertThat(shell(folder, command).exit()).as(command).isZero();
        }
        String logged = "java -Xlog:class+load=info -jar ../../cli/target/loquent.jar ";
        for (String command : List.of("--help", "current", "history", "upgrade head", "heads")) {
            CliRun run = shell(folder, logged + command);
            assertThat(run.exit()).as(command + ": " + run.err()).isZero();
            assertThat(run.out()).as(command).contains("io.loquent.").doesNotContain("org.eclipse.persistence");
        }
        CliRun check = shell(folder, logged + "check");
        assertThat(check.exit()).as(check.err()).isZero();
        assertThat(check.out()).as("check reads the entity model").contains("org.eclipse.persistence.");
    }

    private static String headOf(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder.resolve("migrations"))) {
            String name = files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".java")).findFirst()
                    .orElseThrow();
            return name.substring(16, 28);
        }
    }
}
