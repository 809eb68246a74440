package io.loquent.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.loquent.api.schema.Schema;
import io.loquent.core.internal.run.Dialects;
import io.loquent.testing.TestDatabase;
import io.loquent.testing.TestDatabaseExtension;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code loquent schema --sql}, {@code schema --live} and {@code revision --from-database} as a user runs them, on
 * each database: the DDL piped into the database's own shell builds what {@code upgrade head} builds; a database at
 * head prints as the replayed history, and a column added by hand is the one line {@code diff} shows; and a database
 * made by hand is adopted with the README's commands, then rebuilt from the revision on an empty database. Schemas
 * are compared as the dialect reflects them.
 */
class SchemaCliIT {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final String LOQUENT = "java -jar '" + Processes.JAR + "'";

    @RegisterExtension
    static final TestDatabaseExtension POSTGRES_A = TestDatabaseExtension.postgres();
    @RegisterExtension
    static final TestDatabaseExtension POSTGRES_B = TestDatabaseExtension.postgres();
    @RegisterExtension
    static final TestDatabaseExtension POSTGRES_C = TestDatabaseExtension.postgres();
    @RegisterExtension
    static final TestDatabaseExtension POSTGRES_D = TestDatabaseExtension.postgres();
    @RegisterExtension
    static final TestDatabaseExtension POSTGRES_E = TestDatabaseExtension.postgres();
    @RegisterExtension
    static final TestDatabaseExtension MYSQL_A = TestDatabaseExtension.mysql();
    @RegisterExtension
    static final TestDatabaseExtension MYSQL_B = TestDatabaseExtension.mysql();
    @RegisterExtension
    static final TestDatabaseExtension MYSQL_C = TestDatabaseExtension.mysql();
    @RegisterExtension
    static final TestDatabaseExtension MYSQL_D = TestDatabaseExtension.mysql();
    @RegisterExtension
    static final TestDatabaseExtension MYSQL_E = TestDatabaseExtension.mysql();

    @TempDir
    Path dir;

    /** One empty database of a kind: a SQLite file in the test's folder, or a server's database of its own. */
    private record Db(String kind, String url, String name) {
        /** Runs {@code script} through the database's own shell, as a user pipes a file into it. */
        void pipe(String script) throws Exception {
            if (kind.equals("sqlite")) {
                Processes.shell(script, Map.of(), "sqlite3", "-bail", name);
                return;
            }
            URI uri = URI.create(url.substring("jdbc:".length()));
            if (kind.equals("postgres")) {
                Processes.shell("SET search_path TO \"" + name + "\";\n" + script, Map.of(), "psql", "-X", "-q", "-v",
                        "ON_ERROR_STOP=1", "-h", uri.getHost(), "-p", String.valueOf(uri.getPort()), "-U", "postgres",
                        "-d", uri.getPath().substring(1));
            } else {
                Processes.shell(script, Map.of(), "mariadb", "--host=" + uri.getHost(), "--port=" + uri.getPort(),
                        "--user=root", name);
            }
        }

        void execute(String... statements) throws Exception {
            try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
                for (String sql : statements) {
                    s.execute(sql);
                }
            }
        }

        /** The schema as the dialect reads it from the catalogue, without Loquent's own tables. */
        Schema reflected() throws Exception {
            try (Connection c = DriverManager.getConnection(url)) {
                return Dialects.forUrl(url, getClass().getClassLoader()).reflect(c,
                        Set.of("loquent_version", "loquent_history", "loquent_snapshot"));
            }
        }
    }

    /** The database of {@code kind} for {@code role} (a to e): each role is a database of its own. */
    private Db db(String kind, char role) {
        if (kind.equals("sqlite")) {
            Path file = dir.resolve(role + ".db");
            return new Db(kind, "jdbc:sqlite:" + file, file.toString());
        }
        List<TestDatabaseExtension> servers = kind.equals("postgres")
                ? List.of(POSTGRES_A, POSTGRES_B, POSTGRES_C, POSTGRES_D, POSTGRES_E)
                : List.of(MYSQL_A, MYSQL_B, MYSQL_C, MYSQL_D, MYSQL_E);
        TestDatabase database = servers.get(role - 'a').database();
        return new Db(kind, database.url(), database.name());
    }

    /** The shop revisions: foreign keys, a unique, a check, defaults, indexes, a column added by a second one. */
    private void revisions() throws IOException {
        Path migrations = Files.createDirectories(dir.resolve("migrations"));
        Files.writeString(migrations.resolve("1.java"), """
                import io.loquent.api.*;
                import static io.loquent.api.Types.*;

                @Revision(id = "s1", message = "shop")
                public final class S1 implements MigrationScript {
                    @Override public void upgrade(Op op) {
                        op.createTable("zones", t -> {
                            t.column("id", integer().primaryKey());
                            t.column("name", string(50).nullable(false).unique());
                        });
                        op.createTable("customers", t -> {
                            t.column("id", bigInteger().primaryKey());
                            t.column("zone_id", integer().foreignKey("zones.id").onDelete("CASCADE"));
                            t.column("email", string(255).nullable(false));
                            t.column("active", bool().defaultValue(true));
                            t.column("score", decimal(8, 2).defaultValue(0));
                            t.column("note", text());
                            t.column("created_at", timestamp().defaultCurrentTimestamp());
                            t.column("token", uuid());
                            t.check("score_positive", "score >= 0");
                            t.unique("email");
                        });
                        op.createIndex("ix_customers_zone", "customers", "zone_id");
                        op.createTable("accounts", t -> {
                            t.column("id", integer().primaryKey());
                            t.column("customer_id", bigInteger().nullable(false).foreignKey("customers.id"));
                            t.column("data", json());
                        });
                    }
                    @Override public void downgrade(Op op) {
                        op.dropTable("accounts");
                        op.dropTable("customers");
                        op.dropTable("zones");
                    }
                }
                """);
        Files.writeString(migrations.resolve("2.java"), """
                import io.loquent.api.*;
                import static io.loquent.api.Types.*;

                @Revision(id = "s2", down = "s1", message = "zone codes")
                public final class S2 implements MigrationScript {
                    @Override public void upgrade(Op op) {
                        op.addColumn("zones", "code", string(3));
                        op.createIndex("ix_zones_code", "zones", "code");
                    }
                    @Override public void downgrade(Op op) {
                        op.dropIndex("ix_zones_code", "zones");
                        op.dropColumn("zones", "code");
                    }
                }
                """);
        Files.writeString(dir.resolve("loquent.properties"), "scripts=migrations\n");
    }

    /** {@code loquent ARGS} against {@code db}, stdout and stderr apart. */
    private CliRun loquent(Db db, String... args) throws Exception {
        List<String> line = new java.util.ArrayList<>(List.of("--url", db.url()));
        line.addAll(List.of(args));
        return Processes.separately(dir, Map.of(), line);
    }

    private CliRun ok(CliRun run) {
        assertThat(run.exit()).as(run.err()).isZero();
        return run;
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgres", "mysql"})
    void schemaSqlPipedIntoTheDatabasesShellBuildsWhatUpgradeHeadBuilds(String kind) throws Exception {
        revisions();
        Db online = db(kind, 'a');
        Db piped = db(kind, 'b');
        ok(loquent(online, "upgrade", "head"));
        String ddl = ok(loquent(piped, "schema", "--sql")).out();
        assertThat(ddl).startsWith("-- table zones\nCREATE TABLE ").endsWith(";\n").doesNotContain("loquent_version");
        if (kind.equals("sqlite")) {
            assertThat(dir.resolve("b.db")).as("schema --sql never connects").doesNotExist();
        }
        piped.pipe(ddl);
        Schema built = piped.reflected();
        assertThat(built.tableNames()).containsExactlyInAnyOrder("zones", "customers", "accounts");
        assertThat(built).isEqualTo(online.reflected());
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgres", "mysql"})
    void aDatabaseAtHeadPrintsAsTheReplayedHistoryAndAColumnAddedByHandIsTheOneDifference(String kind)
            throws Exception {
        revisions();
        Db db = db(kind, 'c');
        ok(loquent(db, "upgrade", "head"));
        String replayed = ok(loquent(db, "schema")).out();
        assertThat(replayed).contains("t.check(\"score_positive\", \"score >= 0\");", "uuid()", "json()");
        assertThat(ok(loquent(db, "schema", "--live")).out()).isEqualTo(replayed);
        assertThat(ok(loquent(db, "schema", "--live", "--sql")).out()).isEqualTo(ok(loquent(db, "schema", "--sql")).out());

        String url = "--url '" + db.url() + "'";
        String diffLine = "diff <(" + LOQUENT + " " + url + " schema) <(" + LOQUENT + " " + url + " schema --live)";
        assertThat(ok(Processes.bash(dir, diffLine)).out()).as("the README's diff, at head").isEmpty();

        db.execute("ALTER TABLE zones ADD COLUMN extra INTEGER");
        CliRun diff = Processes.bash(dir, diffLine);
        assertThat(diff.exit()).as(diff.err()).isEqualTo(1);
        assertThat(diff.out()).isEqualTo("5a6\n>     t.column(\"extra\", integer());\n");

        CliRun both = loquent(db, "schema", "--live", "head");
        assertThat(both.exit()).isEqualTo(2);
        assertThat(both.err()).isEqualTo("ERROR: schema: --live reads the database as it is now, which is at no"
                + " revision of its own; give REV or --live, not both. Run 'loquent --help' for usage.\n");
    }

    /** The README's adoption commands, from the shell block after its heading, with {@code loquent} the built jar. */
    private static List<String> readmeAdoption() throws IOException {
        String readme = Files.readString(ROOT.resolve("README.md"));
        int at = readme.indexOf("```bash\nloquent revision --from-database");
        assertThat(at).as("the README's adoption example").isPositive();
        String block = readme.substring(at, readme.indexOf("```", at + 3));
        return block.lines().skip(1).map(l -> l.replaceAll("\\s+#.*$", "").replace("loquent ", LOQUENT + " "))
                .filter(l -> !l.isBlank()).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgres", "mysql"})
    void aDatabaseMadeByHandIsAdoptedWithTheReadmesCommandsAndTheRevisionRebuildsIt(String kind) throws Exception {
        Db legacy = db(kind, 'd');
        // Created in foreign-key order, which is not the alphabetical one; names of the database's own choosing.
        legacy.execute("CREATE TABLE zebras (id INTEGER NOT NULL, name VARCHAR(50) NOT NULL,"
                        + " CONSTRAINT zebras_pk PRIMARY KEY (id), UNIQUE (name))",
                "CREATE TABLE apples (id INTEGER NOT NULL, zebra_id INTEGER NOT NULL, weight INTEGER DEFAULT 5,"
                        + " CONSTRAINT apples_pk PRIMARY KEY (id),"
                        + " CONSTRAINT apples_zebra FOREIGN KEY (zebra_id) REFERENCES zebras (id) ON DELETE CASCADE,"
                        + " CONSTRAINT apples_weight CHECK (weight > 0))",
                "CREATE TABLE mangos (id INTEGER NOT NULL, apple_id INTEGER, label VARCHAR(20) DEFAULT 'ripe',"
                        + " CONSTRAINT mangos_pk PRIMARY KEY (id),"
                        + " CONSTRAINT mangos_apple FOREIGN KEY (apple_id) REFERENCES apples (id))",
                "CREATE INDEX mangos_label ON mangos (label)");
        Files.writeString(dir.resolve("loquent.properties"), "url=" + legacy.url() + "\n");
        List<String> commands = readmeAdoption();
        assertThat(commands).hasSize(4);

        CliRun generated = Processes.bash(dir, commands.get(0));
        assertThat(generated.exit()).as(generated.err()).isZero();
        assertThat(generated.out()).matches("Generated .*migrations/\\d{8}_\\d{6}_[0-9a-f]{12}_adopt\\.java\\n");
        String source = Files.readString(Path.of(generated.out().substring("Generated ".length()).strip()));
        assertThat(source).contains("down = {}");
        String upgrade = source.substring(source.indexOf("upgrade(Op op)"), source.indexOf("downgrade(Op op)"));
        String downgrade = source.substring(source.indexOf("downgrade(Op op)"));
        assertThat(upgrade.indexOf("createTable(\"zebras\"")).as("built in foreign-key order").isPositive()
                .isLessThan(upgrade.indexOf("createTable(\"apples\"")).isLessThan(upgrade.indexOf("createTable(\"mangos\""));
        assertThat(downgrade.indexOf("dropTable(\"mangos\")")).as("dropped in reverse").isPositive()
                .isLessThan(downgrade.indexOf("dropTable(\"apples\")")).isLessThan(downgrade.indexOf("dropTable(\"zebras\")"));
        String id = source.replaceAll("(?s).*@Revision\\(id = \"([0-9a-f]{12})\".*", "$1");

        assertThat(ok(Processes.bash(dir, commands.get(1))).out()).isEqualTo("Stamped " + id + "\n");
        assertThat(ok(Processes.bash(dir, commands.get(2))).out()).matches("OK: every applied script matches what"
                + " ran\nOK: no drift since revision [0-9a-f]{12} \\(stamped [-0-9]{10} [0-9:]{5}\\)\n");
        assertThat(ok(Processes.bash(dir, commands.get(3))).out()).isEqualTo("the history and the database agree\n");

        CliRun again = Processes.bash(dir, commands.get(0));
        assertThat(again.exit()).isEqualTo(1);
        assertThat(again.err()).startsWith("ERROR: the scripts folder '").contains("already holds 1 revision (head "
                + id + ")").hasLineCount(1);

        Db fresh = db(kind, 'e');
        ok(loquent(fresh, "upgrade", "head"));
        Schema rebuilt = fresh.reflected();
        assertThat(rebuilt.tableNames()).containsExactlyInAnyOrder("zebras", "apples", "mangos");
        assertThat(rebuilt).isEqualTo(legacy.reflected());
    }

    @Test
    void theLiveSchemaOfNoDatabaseIsOneErrorLineAndCreatesNoFile() throws Exception {
        CliRun live = Processes.separately(dir, "schema", "--live");
        assertThat(live.exit()).isEqualTo(1);
        assertThat(live.err()).isEqualTo("ERROR: database file 'loquent.db' does not exist, so there is no live schema"
                + " to read (reading would create an empty database). Give the URL of the database with --url or"
                + " 'url' in loquent.properties\n");
        assertThat(dir.resolve("loquent.db")).doesNotExist();

        Files.createFile(dir.resolve("empty.db"));
        CliRun adopt = Processes.separately(dir, "--url", "jdbc:sqlite:empty.db", "revision", "--from-database", "-m", "x");
        assertThat(adopt.exit()).isEqualTo(1);
        assertThat(adopt.err()).startsWith("ERROR: database jdbc:sqlite:empty.db holds no tables besides Loquent's own")
                .hasLineCount(1);
        assertThat(dir.resolve("migrations")).doesNotExist();

        CliRun mixed = Processes.separately(dir, "revision", "--from-database", "--autogenerate", "-m", "x");
        assertThat(mixed.exit()).isEqualTo(2);
        assertThat(mixed.err()).startsWith("ERROR: revision: --from-database writes the first revision, a base, from"
                + " the database alone; it takes no --autogenerate").hasLineCount(1);
    }
}
