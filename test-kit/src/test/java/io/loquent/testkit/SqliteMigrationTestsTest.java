package io.loquent.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.acme.migrations.AddSurname;
import com.acme.migrations.CreateAuthors;
import com.acme.migrations.CreateBooks;
import io.loquent.core.Loquent;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteDataSource;

/** The kit on SQLite: a new database file for each test. */
class SqliteMigrationTestsTest extends MigrationTestsContract {
    @TempDir
    Path dir;

    @Override
    String url() {
        return "jdbc:sqlite:" + dir.resolve("kit.db");
    }

    @Test
    void aDataSourceServesAsAUrlDoes() {
        SQLiteDataSource dataSource = new SQLiteDataSource();
        dataSource.setUrl(url());
        Loquent loquent = Loquent.configure().dataSource(dataSource)
                .scriptClasses(CreateAuthors.class, CreateBooks.class, AddSurname.class).load();
        MigrationTests.assertStairway(loquent);
        loquent.downgrade("base");
        assertThat(MigrationTests.seedAt(loquent, "b2", "authors", Map.of("id", 7, "name", "Tolkien")).upgrade("head")
                .rows("SELECT surname FROM authors")).containsExactly(Map.of("surname", "Tolkien"));
    }
}
