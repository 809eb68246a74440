package com.acme;

import static org.assertj.core.api.Assertions.assertThat;

import com.acme.model.Author;
import com.acme.model.Book;
import io.loquent.core.Loquent;
import io.loquent.testkit.LoquentModelMigrationTests;
import io.loquent.testkit.MigrationTests;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The kit's checks on the migrations of com.acme.migrations, and a test of the data migration in c3. */
class LibraryMigrationsTest extends LoquentModelMigrationTests {
    @TempDir
    Path dir; // a new database for each test

    @Override
    protected Loquent loquent() {
        return Loquent.configure()
                .url("jdbc:sqlite:" + dir.resolve("test.db")) // or a server's or container's URL, or .dataSource(ds)
                .scriptsPackage("com.acme.migrations")
                .models(Author.class, Book.class) // for the model check, with loquent-jpa on the class path
                .load();
    }

    @Test
    void c3FillsSurnameFromName() {
        var rows = MigrationTests.seedAt(loquent(), "b2", "authors", Map.of("id", 1, "name", "Le Guin"))
                .upgrade("c3")
                .rows("SELECT surname FROM authors");
        assertThat(rows).containsExactly(Map.of("surname", "Le Guin"));
    }
}
