package io.loquent.testkit;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The kit on SQLite: a new database file for each test. */
class SqliteMigrationTestsTest extends MigrationTestsContract {
    @TempDir
    Path dir;

    @Override
    String url() {
        return "jdbc:sqlite:" + dir.resolve("kit.db");
    }
}
