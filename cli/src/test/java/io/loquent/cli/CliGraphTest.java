package io.loquent.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Branches, labels, merges, stamp, history forms and offline SQL through the command line, on SQLite. */
class CliGraphTest {
    @TempDir
    Path dir;
    private String config;

    @BeforeEach
    void setUp() throws Exception {
        config = dir.resolve("loquent.properties").toString();
        Files.writeString(dir.resolve("loquent.properties"), "url=jdbc:sqlite:" + dir.resolve("app.db") + "\nscripts=migrations\n");
        Files.createDirectories(dir.resolve("migrations"));
    }

    private CliRun loquent(String... args) {
        return CliRun.of(Map.of(), Stream.concat(Stream.of("-c", config), Stream.of(args)).toArray(String[]::new));
    }

    private CliRun ok(String... args) {
        CliRun run = loquent(args);
        assertThat(run.exit()).as(String.join(" ", args) + "\n" + run.err()).isZero();
        return run;
    }

    /** base a1, then two labelled branches b1 (shop) and c1 (net), merged by m1. */
    private void branchedGraph() {
        ok("revision", "-m", "base", "--rev-id", "a1");
        ok("revision", "-m", "shop start", "--rev-id", "b1", "--branch-label", "shop");
        CliRun refused = loquent("revision", "-m", "net start", "--rev-id", "c1", "--head", "a1");
        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.err()).contains("revision a1 is not a head: it has children b1. Pass --splice");
        ok("revision", "-m", "net start", "--rev-id", "c1", "--head", "a1", "--splice", "--branch-label", "net");
    }

    @Test
    void branchesLabelsAndMerge() {
        branchedGraph();
        assertThat(ok("heads").out()).isEqualTo("b1 (shop) (head)\nc1 (net) (head)\n");
        assertThat(ok("branches").out()).isEqualTo("<base> -> a1 (branchpoint), base\n"
                + "    -> b1 (shop) (head), shop start\n    -> c1 (net) (head), net start\n");
        CliRun multi = loquent("upgrade", "head");
        assertThat(multi.exit()).isEqualTo(1);
        assertThat(multi.err()).contains("multiple heads are present for 'head': b1, c1",
                "use 'upgrade heads' to apply all, or join them with 'loquent merge'");
        assertThat(loquent("revision", "-m", "x").err()).contains("multiple heads are present: b1, c1");

        ok("upgrade", "shop@head");
        assertThat(ok("current").out()).isEqualTo("b1 (head)\n");
        ok("upgrade", "heads");
        assertThat(ok("current").out().lines().sorted().toList()).containsExactly("b1 (head)", "c1 (head)");
        assertThat(loquent("downgrade", "-1").err()).contains("the database is at several heads");
        assertThat(ok("downgrade", "net@-1").err()).startsWith("Running downgrade c1 -> a1, net start");
        ok("upgrade", "net@head");

        assertThat(ok("merge", "-m", "join", "--rev-id", "m1", "heads").out()).startsWith("Generated ");
        assertThat(ok("heads").out()).isEqualTo("m1 (shop, net) (head) (mergepoint)\n");
        assertThat(ok("history", "-r", "-1:").out()).isEqualTo("b1, c1 -> m1 (shop, net) (head) (mergepoint), join\n");
        ok("upgrade", "head");
        assertThat(ok("current").out()).isEqualTo("m1 (head)\n");
        assertThat(ok("downgrade", "-1").err()).startsWith("Running downgrade m1 -> b1, c1, join");
        assertThat(ok("current").out().lines().sorted().toList()).containsExactly("b1", "c1");
    }

    @Test
    void showHistoryRangesAndIndicateCurrent() {
        branchedGraph();
        ok("upgrade", "shop");
        assertThat(ok("show", "b1").out()).isEqualTo(String.join("\n",
                "Rev: b1 (shop) (head)", "Parent: a1", "Branch names: shop",
                "Path: " + fileOf("b1"), "", "    shop start", "", ""));
        assertThat(ok("history", "--indicate-current").out()).contains("a1 -> b1 (shop) (head) (current), shop start");
        assertThat(ok("history", "-r", "current:shop@head").out()).isEqualTo("a1 -> b1 (shop) (head), shop start\n");
        assertThat(ok("history", "-r", ":a1").out()).isEqualTo("<base> -> a1 (branchpoint), base\n");
        assertThat(ok("history", "--applied").out()).contains("a1", "b1", "up", "ok");
    }

    @Test
    void dependsOnAndVerboseForms() {
        ok("revision", "-m", "base", "--rev-id", "a1");
        ok("revision", "-m", "other base", "--rev-id", "x1", "--head", "base", "--branch-label", "other");
        assertThat(loquent("revision", "-m", "bad", "--head", "base").err())
                .contains("a second base starts an independent branch: name it with --branch-label");
        ok("revision", "-m", "needs a1", "--rev-id", "x2", "--head", "other@head", "--depends-on", "a1");
        assertThat(ok("show", "x2").out()).contains("Rev: x2 (other) (head)", "Parent: x1", "Depends on: a1");
        assertThat(ok("heads", "--verbose").out()).contains("Rev: a1 (head)", "Rev: x2 (other) (head)", "    needs a1");
        ok("upgrade", "other@head");
        assertThat(ok("history", "--applied").out()).contains("a1", "x1", "x2");
        assertThat(ok("current").out().lines().sorted().toList()).containsExactly("a1 (head)", "x2 (head)");
        assertThat(ok("history", "--verbose", "-r", "x1:x2").out()).startsWith("Rev: x2 (other) (head)")
                .contains("Rev: x1 (other)");
    }

    @Test
    void stampAndCheck() throws Exception {
        ok("revision", "-m", "one", "--rev-id", "a1");
        assertThat(ok("stamp", "head").out()).isEqualTo("Stamped a1\n");
        assertThat(ok("current").out()).isEqualTo("a1 (head)\n");
        assertThat(ok("check").out()).matches("OK: every applied script matches what ran\n"
                + "OK: no drift since revision a1 \\(stamped \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d\\)\n");
        Path file = Path.of(fileOf("a1"));
        Files.writeString(file, Files.readString(file) + "// changed\n");
        CliRun check = loquent("check");
        assertThat(check.exit()).isEqualTo(1);
        assertThat(check.err()).contains("ERROR: revision a1 (" + file + ") has changed since it was applied");
        assertThat(check.err()).contains("run 'loquent stamp current' to accept the scripts as they are now");
        ok("stamp", "current");
        assertThat(ok("check").out()).startsWith("OK");
        assertThat(ok("stamp", "base").out()).isEqualTo("Stamped base\n");
        assertThat(ok("current").out()).isEmpty();
    }

    @Test
    void offlineSqlNeverConnectsAndNamesTheDialect() {
        ok("revision", "-m", "one", "--rev-id", "a1");
        CliRun sql = CliRun.of(Map.of(), "-c", config, "--url", "jdbc:postgresql://127.0.0.1:1/nowhere", "upgrade", "--sql", "head");
        assertThat(sql.exit()).as(sql.err()).isZero();
        assertThat(sql.out()).contains("upgrade head for postgresql, from base", "BEGIN;",
                "CREATE TABLE \"loquent_version\"", "INSERT INTO \"loquent_version\" (\"version_num\") VALUES ('a1');", "COMMIT;");
        CliRun mysql = CliRun.of(Map.of(), "-c", config, "--dialect", "mysql", "upgrade", "--sql", "head");
        assertThat(mysql.out()).contains("for mysql", "CREATE TABLE `loquent_version`").doesNotContain("BEGIN;");
        assertThat(Files.exists(dir.resolve("app.db"))).isFalse();
        CliRun both = loquent("upgrade", "head", "--sql", "--dry-run");
        assertThat(both.exit()).isEqualTo(2);
        assertThat(both.err()).contains("--sql and --dry-run exclude each other");
    }

    private String fileOf(String id) {
        try (Stream<Path> files = Files.list(dir.resolve("migrations"))) {
            return files.filter(f -> f.getFileName().toString().contains("_" + id + "_")).findFirst().orElseThrow().toString();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
