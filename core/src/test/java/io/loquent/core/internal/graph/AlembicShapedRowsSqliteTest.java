package io.loquent.core.internal.graph;

import static org.assertj.core.api.Assertions.assertThat;

import io.loquent.core.Loquent;
import io.loquent.core.MigrationResult;
import io.loquent.core.StepResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Item 24 end to end on a real SQLite file: version rows written the Alembic way (a dependency folded into its
 * dependant's row) survive a downgrade that keeps the dependency, and the next upgrade runs nothing twice.
 */
class AlembicShapedRowsSqliteTest {
    @TempDir
    Path dir;

    @Test
    void aDowngradeFromAlembicShapedRowsKeepsTheDependencyAndTheNextUpgradeDoesNotRerunIt() throws Exception {
        Path scripts = dir.resolve("migrations");
        script(scripts, "x", "", "");
        script(scripts, "a", "", "");
        script(scripts, "d", "\"x\"", "\"a\"");
        String url = "jdbc:sqlite:" + dir.resolve("test.db");
        Loquent loquent = Loquent.configure().url(url).scripts(scripts).load();
        loquent.upgrade("heads");
        execute(url, "DELETE FROM loquent_version WHERE version_num <> 'd'"); // as Alembic keeps it

        loquent.downgrade("x");
        assertThat(query(url, "SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 't\\_%' ESCAPE '\\'"
                + " ORDER BY name")).containsExactly("t_a", "t_x");
        assertThat(query(url, "SELECT version_num FROM loquent_version ORDER BY version_num")).containsExactly("a", "x");

        MigrationResult again = loquent.upgrade("heads");
        assertThat(again).extracting(StepResult::revision).containsExactly("d");
        assertThat(query(url, "SELECT version_num FROM loquent_version ORDER BY version_num"))
                .as("the dependency keeps its own row").containsExactly("a", "d");
    }

    /** A revision that creates table {@code t_<id>}, with the given {@code down} and {@code dependsOn} lists. */
    private static void script(Path folder, String id, String down, String dependsOn) throws IOException {
        Files.createDirectories(folder);
        Files.writeString(folder.resolve(id + ".java"), """
                import io.loquent.api.*;
                import static io.loquent.api.Types.*;

                @Revision(id = "%1$s", down = {%2$s}, dependsOn = {%3$s}, message = "create t_%1$s")
                public final class R_%1$s implements MigrationScript {
                    @Override public void upgrade(Op op) {
                        op.createTable("t_%1$s", t -> t.column("id", integer().primaryKey()));
                    }
                    @Override public void downgrade(Op op) {
                        op.dropTable("t_%1$s");
                    }
                }
                """.formatted(id, down, dependsOn));
    }

    private static void execute(String url, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(url)) {
            c.createStatement().execute(sql);
        }
    }

    private static List<String> query(String url, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(url); ResultSet rs = c.createStatement().executeQuery(sql)) {
            while (rs.next()) {
                rows.add(rs.getString(1));
            }
        }
        return rows;
    }
}
