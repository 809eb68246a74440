package io.loquent.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs the packaged command line as separate processes, as users and deploy scripts do. */
final class Processes {
    static final Path JAR = Path.of("target", "loquent.jar").toAbsolutePath();

    private Processes() {
    }

    /** The outcome of one process. */
    record Outcome(int exit, String output) {
    }

    static Process start(Path workingDir, Map<String, String> env, String... args) throws IOException {
        assertThat(JAR).as("the shaded jar is built before the integration tests").exists();
        List<String> command = new ArrayList<>(List.of(javaBinary(), "-jar", JAR.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(workingDir.toFile()).redirectErrorStream(true);
        builder.environment().putAll(env);
        return builder.start();
    }

    static Outcome finish(Process p) throws Exception {
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("process ends").isTrue();
        return new Outcome(p.exitValue(), output);
    }

    static Outcome run(Path workingDir, String... args) throws Exception {
        return finish(start(workingDir, Map.of(), args));
    }

    /** As {@link #separately(Path, Map, List)}, with no environment of its own. */
    static CliRun separately(Path workingDir, String... args) throws Exception {
        return separately(workingDir, Map.of(), List.of(args));
    }

    /** One process with stdout and stderr kept apart, as a shell pipeline sees them. */
    static CliRun separately(Path workingDir, Map<String, String> env, List<String> args) throws Exception {
        List<String> command = new ArrayList<>(List.of(javaBinary(), "-jar", JAR.toString()));
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command).directory(workingDir.toFile());
        // Only what the test gives: settings of the machine running the build must not leak in.
        builder.environment().keySet().removeIf(k -> k.matches("LOQUENT_(URL|USER|PASSWORD)"));
        builder.environment().putAll(env);
        return captured(builder);
    }

    /**
     * One command line run by bash, as a user types it (pipes, {@code <(...)}, {@code &&}), with the JDK's
     * {@code java} first on the PATH and no LOQUENT_ variables of the machine running the build; stdout and stderr
     * kept apart.
     */
    static CliRun bash(Path workingDir, String line) throws Exception {
        ProcessBuilder builder = new ProcessBuilder("bash", "-c", line).directory(workingDir.toFile());
        String java = Path.of(System.getProperty("java.home"), "bin").toString();
        builder.environment().put("PATH", java + ":" + System.getenv("PATH"));
        builder.environment().keySet().removeIf(k -> k.matches("LOQUENT_(URL|USER|PASSWORD)"));
        return captured(builder);
    }

    /** Runs {@code builder}'s process to its end, its stdout and stderr kept apart in files, so neither blocks. */
    private static CliRun captured(ProcessBuilder builder) throws Exception {
        Path out = Files.createTempFile("loquent-out", ".txt");
        Path err = Files.createTempFile("loquent-err", ".txt");
        try {
            Process p = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("process ends").isTrue();
            return new CliRun(p.exitValue(), Files.readString(out), Files.readString(err));
        } finally {
            Files.delete(out);
            Files.delete(err);
        }
    }

    /**
     * Runs a database's own shell ({@code sqlite3}, {@code psql}, {@code mariadb}) with {@code stdin} piped in, as a
     * user pipes a script; it must exit 0.
     */
    static void shell(String stdin, Map<String, String> env, String... command) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(env);
        Process p = builder.start();
        p.getOutputStream().write(stdin.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        p.getOutputStream().close();
        String output = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(String.join(" ", command) + ": " + output).isZero();
    }

    /**
     * Copies the example folder {@code source} into {@code target} as a fresh clone has it: without the files that
     * running it leaves behind, those whose relative path {@code leftBehind} accepts.
     */
    static Path copyExample(Path source, Path target, java.util.function.Predicate<String> leftBehind)
            throws IOException {
        try (java.util.stream.Stream<Path> files = Files.walk(source)) {
            for (Path file : files.filter(f -> !leftBehind.test(source.relativize(f).toString())).toList()) {
                Path copy = target.resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(file, copy);
                }
            }
        }
        return target;
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /**
     * A chain of revisions, each creating a table. Each first sleeps LOQUENT_TEST_SLOW_MS, so that concurrent runs
     * really overlap; revision 5 hangs while LOQUENT_TEST_HANG is set.
     */
    static void writeChain(Path folder, int count) throws IOException {
        Files.createDirectories(folder);
        for (int i = 1; i <= count; i++) {
            String id = String.format("c%03d", i);
            String down = i == 1 ? "{}" : String.format("\"c%03d\"", i - 1);
            String hang = "String slow = System.getenv(\"LOQUENT_TEST_SLOW_MS\");"
                    + (i == 5 ? " if (System.getenv(\"LOQUENT_TEST_HANG\") != null) { slow = \"120000\"; }" : "")
                    + " if (slow != null) { try { Thread.sleep(Long.parseLong(slow)); }"
                    + " catch (InterruptedException e) { throw new IllegalStateException(e); } }";
            Files.writeString(folder.resolve(id + ".java"), """
                    import io.loquent.api.*;
                    import static io.loquent.api.Types.*;

                    @Revision(id = "%s", down = %s, message = "table %d")
                    public final class Chain%d implements MigrationScript {
                        @Override public void upgrade(Op op) {
                            %s
                            op.createTable("chain_%d", t -> t.column("id", integer().primaryKey()));
                        }
                        @Override public void downgrade(Op op) {
                            op.dropTable("chain_%d");
                        }
                    }
                    """.formatted(id, down, i, i, hang, i, i));
        }
    }
}
