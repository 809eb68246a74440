package io.loquent.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code loquent lint} as a process: findings on stdout one line each, exit 1 and one ERROR line when one is an
 * error, nothing changed in the database; the seed example lints clean.
 */
class LintCliIT {
    @TempDir
    Path dir;

    private void project() throws Exception {
        Path migrations = Files.createDirectories(dir.resolve("migrations"));
        Files.writeString(dir.resolve("loquent.properties"), "url=jdbc:sqlite:" + dir.resolve("app.db")
                + "\nscripts=migrations\n");
        Files.writeString(migrations.resolve("1.java"), """
                import io.loquent.api.*;
                import static io.loquent.api.Types.*;

                @Revision(id = "c1", message = "users")
                public final class C1 implements MigrationScript {
                    @Override public void upgrade(Op op) {
                        op.createTable("users", t -> {
                            t.column("id", integer().primaryKey().autoIncrement());
                            t.column("name", string(100).nullable(false));
                        });
                    }
                    @Override public void downgrade(Op op) { op.dropTable("users"); }
                }
                """);
        Files.writeString(migrations.resolve("2.java"), """
                import io.loquent.api.*;
                import static io.loquent.api.Types.*;

                @Revision(id = "c2", down = "c1", message = "phone")
                public final class C2 implements MigrationScript {
                    @Override public void upgrade(Op op) {
                        op.addColumn("users", "phone", string(20).nullable(false));
                    }
                    @Override public void downgrade(Op op) { op.dropColumn("users", "phone"); }
                }
                """);
    }

    @Test
    void findingsAreLinesAndAnErrorFailsTheCommand() throws Exception {
        project();
        CliRun offline = Processes.separately(dir, "lint", "--all");
        assertThat(offline.exit()).as(offline.err()).isZero();
        assertThat(offline.out()).isEqualTo("warning LQ001 revision c2 (migrations/2.java"
                + "): add column users.phone: a NOT NULL column without a default cannot be added to users when it"
                + " holds rows. Instead: add it nullable, fill it (op.execute(\"UPDATE users SET phone = …\")), then"
                + " op.alterColumn(\"users\", \"phone\", c -> c.nullable(false)), or give it a default\n");

        assertThat(Processes.separately(dir, "upgrade", "c1").exit()).isZero();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("app.db"))) {
            c.createStatement().execute("INSERT INTO users (name) VALUES ('Ada')");
        }
        CliRun online = Processes.separately(dir, "lint");
        assertThat(online.exit()).isEqualTo(1);
        assertThat(online.out()).startsWith("error LQ001 revision c2 (").contains("users (1 rows)");
        assertThat(online.err()).endsWith("ERROR: 1 of the 1 findings (listed above) is an error: change those"
                + " revisions as each line says, run them when the tables are small, or allow a finding with"
                + " @AllowLint(value = \"RULE\", reason = \"...\")\n").doesNotContain("\tat ");
        assertThat(Processes.separately(dir, "current").out()).as("lint changes nothing").isEqualTo("c1\n");

        CliRun both = Processes.separately(dir, "lint", "c1:c2", "--all");
        assertThat(both.exit()).isEqualTo(2);
        assertThat(both.err()).startsWith("ERROR: lint: give RANGE or --all, not both");
    }

    @Test
    void theSeedExampleLintsClean() throws Exception {
        Path seed = Path.of("..").toAbsolutePath().normalize().resolve("examples/seed");
        Path copy = Processes.copyExample(seed, dir, relative -> relative.endsWith(".db")
                || relative.startsWith(".loquent"));
        CliRun lint = Processes.separately(copy, "lint", "--all");
        assertThat(lint.exit()).as(lint.err()).isZero();
        assertThat(lint.out()).isEqualTo("OK: no findings\n");
    }

    @Test
    void jsonIsOneArrayOfTheSameFindings() throws Exception {
        project();
        CliRun json = Processes.separately(dir, "lint", "--all", "--format", "json");
        assertThat(json.exit()).as(json.err()).isZero();
        assertThat(json.out()).isEqualTo("[{\"rule\":\"LQ001\",\"severity\":\"warning\",\"revision\":\"c2\","
                + "\"source\":\"migrations/2.java\",\"operation\":\"add column users.phone\",\"why\":\"a NOT NULL"
                + " column without a default cannot be added to users when it holds rows\",\"instead\":\"add it"
                + " nullable, fill it (op.execute(\\\"UPDATE users SET phone = …\\\")), then op.alterColumn(\\\"users\\\","
                + " \\\"phone\\\", c -> c.nullable(false)), or give it a default\",\"allowed\":null}]\n");

        CliRun none = Processes.separately(dir, "lint", "c1", "--format", "json");
        assertThat(none.out()).isEqualTo("[]\n");
        CliRun bad = Processes.separately(dir, "lint", "--all", "--format", "xml");
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).startsWith("ERROR: lint: --format 'xml' is neither text nor json; give one of them");
    }

    @Test
    void anAllowedErrorIsListedAsAllowedAndDoesNotFail() throws Exception {
        project();
        Path second = dir.resolve("migrations/2.java");
        Files.writeString(second, Files.readString(second).replace("public final class C2",
                "@AllowLint(value = \"LQ001\", reason = \"users is empty in every deployment\")\npublic final class C2"));
        assertThat(Processes.separately(dir, "upgrade", "c1").exit()).isZero();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("app.db"))) {
            c.createStatement().execute("INSERT INTO users (name) VALUES ('Ada')");
        }

        CliRun online = Processes.separately(dir, "lint");

        assertThat(online.exit()).as(online.err()).isZero();
        assertThat(online.out()).startsWith("error LQ001 revision c2 (")
                .endsWith(" (allowed: users is empty in every deployment)\n");
        assertThat(online.err()).isEmpty();
    }

    @Test
    void lintDisableAllowsARuleEverywhereAndAnUnknownRuleIsRefused() throws Exception {
        project();
        Files.writeString(dir.resolve("loquent.properties"), Files.readString(dir.resolve("loquent.properties"))
                + "lint.disable=LQ001\n");
        CliRun disabled = Processes.separately(dir, "lint", "--all");
        assertThat(disabled.exit()).isZero();
        assertThat(disabled.out()).startsWith("warning LQ001 revision c2").endsWith(" (allowed: disabled by lint.disable)\n");

        Files.writeString(dir.resolve("loquent.properties"), Files.readString(dir.resolve("loquent.properties"))
                .replace("lint.disable=LQ001", "lint.disable=LQ001, PG0001"));
        CliRun unknown = Processes.separately(dir, "lint", "--all");
        assertThat(unknown.exit()).isEqualTo(1);
        assertThat(unknown.err()).startsWith("ERROR: lint.disable names 'PG0001', which is no lint rule; the rules are"
                + " LQ001, ").doesNotContain("\tat ");

        Files.writeString(dir.resolve("loquent.properties"), Files.readString(dir.resolve("loquent.properties"))
                .replace("lint.disable=LQ001, PG0001\n", ""));
        Path second = dir.resolve("migrations/2.java");
        Files.writeString(second, Files.readString(second).replace("public final class C2",
                "@AllowLint(value = \"LQ01\", reason = \"typo\")\npublic final class C2"));
        CliRun typo = Processes.separately(dir, "lint", "--all");
        assertThat(typo.exit()).isEqualTo(1);
        assertThat(typo.err()).contains("ERROR: migrations/2.java: revision c2 allows lint rule 'LQ01', which is no"
                + " rule. Name one of LQ001, ").doesNotContain("\tat ");
    }

    /** SQ001 is sized by the table's rows: lint.large_rows decides from how many a rebuild is an error. */
    @Test
    void largeRowsSetsWhereASizedFindingBecomesAnError() throws Exception {
        project();
        Files.writeString(dir.resolve("migrations/2.java"), """
                import io.loquent.api.*;
                import static io.loquent.api.Types.*;

                @Revision(id = "c2", down = "c1", message = "longer names")
                public final class C2 implements MigrationScript {
                    @Override public void upgrade(Op op) {
                        op.alterColumn("users", "name", c -> c.type(string(200)));
                    }
                    @Override public void downgrade(Op op) {
                        op.alterColumn("users", "name", c -> c.type(string(100)));
                    }
                }
                """);
        assertThat(Processes.separately(dir, "upgrade", "c1").exit()).isZero();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("app.db"))) {
            c.createStatement().execute("INSERT INTO users (name) VALUES ('Ada'), ('Grace')");
        }
        CliRun small = Processes.separately(dir, "lint");
        assertThat(small.exit()).as(small.err()).isZero();
        assertThat(small.out()).startsWith("info SQ001 revision c2").contains("users (2 rows)");

        Files.writeString(dir.resolve("loquent.properties"), Files.readString(dir.resolve("loquent.properties"))
                + "lint.large_rows=2\n");
        CliRun large = Processes.separately(dir, "lint");
        assertThat(large.exit()).isEqualTo(1);
        assertThat(large.out()).startsWith("error SQ001 revision c2");

        Files.writeString(dir.resolve("loquent.properties"), Files.readString(dir.resolve("loquent.properties"))
                .replace("lint.large_rows=2", "lint.large_rows=many"));
        CliRun bad = Processes.separately(dir, "lint");
        assertThat(bad.exit()).isEqualTo(1);
        assertThat(bad.err()).startsWith("ERROR: lint.large_rows 'many' in ").contains("give a whole number from 1 up");
    }

    @Test
    void aSqlRevisionAllowsARuleOnALineOfItsHeader() throws Exception {
        project();
        Files.delete(dir.resolve("migrations/2.java"));
        String sql = """
                -- loquent:revision id=c2 down=c1 message="rename and index"
                ALLOW
                -- loquent:upgrade
                UPDATE users SET name = upper(name);
                CREATE INDEX ix_users_name ON users (name);
                -- loquent:downgrade
                DROP INDEX ix_users_name;
                """;
        Files.writeString(dir.resolve("migrations/2.sql"), sql.replace("ALLOW\n", ""));
        CliRun plain = Processes.separately(dir, "lint", "--all");
        assertThat(plain.out()).startsWith("info LQ003 revision c2 (migrations/2.sql): execute CREATE INDEX")
                .doesNotContain("allowed");

        Files.writeString(dir.resolve("migrations/2.sql"), sql.replace("ALLOW", "-- loquent:allow_lint rule=LQ003"
                + " reason=\"users is tiny\""));
        CliRun allowed = Processes.separately(dir, "lint", "--all");
        assertThat(allowed.exit()).as(allowed.err()).isZero();
        assertThat(allowed.out()).isEqualTo(plain.out().replace("\n", " (allowed: users is tiny)\n"));

        Files.writeString(dir.resolve("migrations/2.sql"), sql.replace("ALLOW", "-- loquent:allow_lint rule=LQ3"
                + " reason=\"typo\""));
        CliRun typo = Processes.separately(dir, "lint", "--all");
        assertThat(typo.exit()).isEqualTo(1);
        assertThat(typo.err()).contains("ERROR: migrations/2.sql: revision c2 allows lint rule 'LQ3', which is no"
                + " rule");
    }
}
