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
                + " revisions as each line says, or run them when the tables are small\n").doesNotContain("\tat ");
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
}
