package io.loquent.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An application on the module path: its revisions are in a named module that exports their package to
 * {@code io.loquent.core}, as README's "Use as a library" says, and Loquent finds them by package although a named
 * module hides its folders from {@code ClassLoader.getResources}. Compiled and run as a process with
 * {@code --module-path}, with Loquent's own jars as automatic modules.
 */
class ModularApplicationTest {
    @TempDir
    Path dir;

    /** The jars of the modules the application needs, from this test's class path. */
    private static String modulePath() {
        List<String> jars = new ArrayList<>();
        for (String name : List.of("loquent-api-", "loquent-core-", "loquent-dialect-sqlite-", "sqlite-jdbc-")) {
            jars.add(Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
                    .filter(e -> Path.of(e).getFileName().toString().startsWith(name) && e.endsWith(".jar"))
                    .findFirst().orElseThrow(() -> new AssertionError(name + "*.jar is not on the test class path")));
        }
        return String.join(File.pathSeparator, jars);
    }

    private static void write(Path file, String text) throws Exception {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private static int run(Path dir, List<String> command, Path out) throws Exception {
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(out.toFile()).start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return p.exitValue();
    }

    @Test
    void revisionsInANamedModuleAreFoundByTheirPackage() throws Exception {
        Path src = dir.resolve("src/com.acme.app");
        write(src.resolve("module-info.java"), """
                module com.acme.app {
                    requires io.loquent.core;
                    requires io.loquent.api;
                    exports com.acme.migrations to io.loquent.core;
                }
                """);
        write(src.resolve("com/acme/app/Main.java"), """
                package com.acme.app;

                public final class Main {
                    public static void main(String[] args) {
                        io.loquent.core.Loquent.configure().url("jdbc:sqlite:" + args[0])
                                .scriptsPackage("com.acme.migrations").load().upgrade("head")
                                .forEach(step -> System.out.println("applied " + step.revision()));
                    }
                }
                """);
        write(src.resolve("com/acme/migrations/CreateNotes.java"), """
                package com.acme.migrations;

                import io.loquent.api.*;
                import static io.loquent.api.Types.*;

                @Revision(id = "m1", message = "notes")
                public final class CreateNotes implements MigrationScript {
                    @Override public void upgrade(Op op) {
                        op.createTable("notes", t -> t.column("id", integer().primaryKey()));
                    }
                    @Override public void downgrade(Op op) {
                        op.dropTable("notes");
                    }
                }
                """);
        String bin = Path.of(System.getProperty("java.home"), "bin").toString();
        List<String> sources;
        try (Stream<Path> files = Files.walk(src)) {
            sources = files.filter(f -> f.toString().endsWith(".java")).map(Path::toString).collect(Collectors.toList());
        }
        List<String> javac = new ArrayList<>(List.of(Path.of(bin, "javac").toString(), "--module-path", modulePath(),
                "-d", dir.resolve("out/com.acme.app").toString()));
        javac.addAll(sources);
        Path log = dir.resolve("log.txt");
        assertThat(run(dir, javac, log)).as(Files.readString(log)).isZero();

        int exit = run(dir, List.of(Path.of(bin, "java").toString(), "--module-path",
                dir.resolve("out") + File.pathSeparator + modulePath(), "--add-modules", "ALL-MODULE-PATH", "-m",
                "com.acme.app/com.acme.app.Main", dir.resolve("app.db").toString()), log);
        assertThat(exit).as(Files.readString(log)).isZero();
        assertThat(Files.readString(log)).contains("applied m1");
    }
}
