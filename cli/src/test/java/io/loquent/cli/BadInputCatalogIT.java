package io.loquent.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every bad input of {@link BadInputs} run through the packaged jar as a process, as a user or a deploy script runs
 * it: the exit code, exactly one {@code ERROR:} line on stderr holding the case's fragment, no stack trace, nothing
 * on stdout, no password, and the SQLite database exactly as before (schema and every row).
 */
class BadInputCatalogIT {
    @TempDir
    static Path template;
    @TempDir
    Path dir;

    /** The project every case starts from, built once: a chain c001 <- c002, applied up to c001. */
    @BeforeAll
    static void project() throws Exception {
        Files.writeString(template.resolve(BadInputs.PROPERTIES), "url=jdbc:sqlite:app.db\nscripts=migrations\n");
        Processes.writeChain(template.resolve("migrations"), 2);
        CliRun up = Processes.separately(template, Map.of(), List.of("upgrade", "c001"));
        assertThat(up.exit()).as(up.err()).isZero();
    }

    static Stream<BadInputs.Case> cases() {
        return BadInputs.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void failsWithOneErrorLineAndChangesNothing(BadInputs.Case c) throws Exception {
        copy(template, dir);
        for (Map.Entry<String, String> file : c.files().entrySet()) {
            Files.write(dir.resolve(file.getKey()), file.getValue().getBytes(StandardCharsets.ISO_8859_1));
        }
        List<String> before = snapshot(dir.resolve("app.db"));

        CliRun run = Processes.separately(dir, c.env(), c.args());

        List<String> errors = run.err().lines().filter(l -> l.startsWith("ERROR:")).toList();
        assertThat(errors).as(run.err()).hasSize(1);
        assertThat(errors.get(0)).contains(c.error());
        assertThat(run.exit()).as(run.err()).isEqualTo(c.exit());
        assertThat(run.err()).doesNotContain("\tat ", "Exception in thread", BadInputs.PASSWORD);
        assertThat(run.out()).isEmpty();
        assertThat(snapshot(dir.resolve("app.db"))).isEqualTo(before);
    }

    /** The schema and every row of every table, in a stable order. */
    private static List<String> snapshot(Path database) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + database)) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = c.createStatement().executeQuery(
                    "select type, name, sql from sqlite_master order by type, name")) {
                while (rs.next()) {
                    rows.add(rs.getString(1) + " " + rs.getString(2) + ": " + rs.getString(3));
                    if (rs.getString(1).equals("table")) {
                        tables.add(rs.getString(2));
                    }
                }
            }
            for (String table : tables) {
                try (ResultSet rs = c.createStatement().executeQuery("select * from \"" + table + "\" order by 1")) {
                    while (rs.next()) {
                        StringBuilder row = new StringBuilder(table);
                        for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                            row.append(" | ").append(rs.getString(i));
                        }
                        rows.add(row.toString());
                    }
                }
            }
        }
        return rows;
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path source : files.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
    }
}
