package io.loquent.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.acme.migrations.AddSurname;
import com.acme.migrations.CreateAuthors;
import com.acme.migrations.CreateBooks;
import com.acme.model.Author;
import com.acme.model.Book;
import io.loquent.api.MigrationScript;
import io.loquent.core.Loquent;
import io.loquent.testkit.fixtures.FailingUpgrade;
import io.loquent.testkit.fixtures.LeavesColumn;
import io.loquent.testkit.fixtures.LeavesTable;
import io.loquent.testkit.fixtures.MergeBranches;
import io.loquent.testkit.fixtures.Publishers;
import io.loquent.testkit.fixtures.SecondHead;
import io.loquent.testkit.fixtures.ThrowingDowngrade;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each assertion of the kit, on one database: it passes on good histories and fails, with a message naming the
 * revision, its class and what broke, on a history broken in the way it exists to catch. Each database supplies a
 * database at base for each test, and its own spelling of what it reports.
 */
abstract class MigrationTestsContract {
    /** The JDBC URL of a database at base, with nothing in it, for this test. */
    abstract String url();

    @SafeVarargs
    @SuppressWarnings("varargs") // the array goes on to another @SafeVarargs method, unchanged
    final Loquent loquent(Class<? extends MigrationScript>... scripts) {
        return Loquent.configure().url(url()).scriptClasses(scripts).load();
    }

    private Loquent library() {
        return loquent(CreateAuthors.class, CreateBooks.class, AddSurname.class);
    }

    /** {@code Class.getName()} of a fixture: the source a class-path revision reports. */
    private static String source(Class<?> script) {
        return script.getName();
    }

    @Test
    void aGoodHistoryPassesEveryCheck() {
        Loquent loquent = library();
        MigrationTests.assertSingleHead(loquent);
        MigrationTests.assertStairway(loquent);
        loquent.downgrade("base");
        MigrationTests.assertDowngradeToBaseLeavesNothing(loquent);
        MigrationTests.assertUpgradeToHead(loquent);
        assertThat(loquent.current()).extracting(c -> c.id()).containsExactly("c3");
    }

    @Test
    void theStairwayWalksABranchAndItsMergeOneRevisionAtATime() {
        Loquent loquent = loquent(CreateAuthors.class, CreateBooks.class, Publishers.class, MergeBranches.class);
        MigrationTests.assertStairway(loquent);
        MigrationTests.assertSingleHead(loquent);
        assertThat(loquent.current()).extracting(c -> c.id()).containsExactly("m3");
        assertThat(loquent.appliedHistory()).extracting(h -> h.direction() + " " + h.revision()).containsExactly(
                "up a1", "down a1", "up a1", "up b2", "down b2", "up b2", "up p2", "down p2", "up p2", "up m3",
                "down m3", "up m3");
    }

    @Test
    void twoHeadsFailTheSingleHeadCheckNamingBoth() {
        Loquent loquent = loquent(CreateAuthors.class, CreateBooks.class, SecondHead.class);
        assertThatThrownBy(() -> MigrationTests.assertSingleHead(loquent)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("single head: the revisions have 2 heads: ")
                .hasMessageContaining("b2 (" + source(CreateBooks.class) + ")")
                .hasMessageContaining("x2 (" + source(SecondHead.class) + ")")
                .hasMessageContaining("Join them with 'loquent merge -m MESSAGE heads'");
    }

    @Test
    void noRevisionsFailTheSingleHeadCheck(@TempDir Path empty) {
        Loquent loquent = Loquent.configure().url(url()).scripts(empty).cacheFolder(empty.resolve(".cache")).load();
        assertThatThrownBy(() -> MigrationTests.assertSingleHead(loquent)).isInstanceOf(AssertionError.class)
                .hasMessage("single head: there are no revisions (scripts: " + empty + "). Create one with 'loquent"
                        + " revision -m MESSAGE', or point the configuration at the scripts");
    }

    @Test
    void aScriptsPackageThatIsNotThereFailsWithLoquentsAdvice() {
        Loquent loquent = Loquent.configure().url(url()).scriptsPackage("io.loquent.testkit.none").load();
        assertThatThrownBy(() -> MigrationTests.assertSingleHead(loquent)).isInstanceOf(AssertionError.class)
                .hasMessage("single head: reading the revisions failed: package 'io.loquent.testkit.none' is not on"
                        + " the class path; check the scripts package name and the application's dependencies");
    }

    @Test
    void aDowngradeThatLeavesATableFailsTheStairwayNamingTheRevision() {
        Loquent loquent = loquent(CreateAuthors.class, LeavesTable.class);
        assertThatThrownBy(() -> MigrationTests.assertStairway(loquent)).isInstanceOf(AssertionError.class)
                .hasMessage("stairway: revision l2 (" + source(LeavesTable.class) + "): its downgrade does not undo its"
                        + " upgrade: table tags is left behind. Make downgrade() revert exactly what upgrade() does");
    }

    @Test
    void aDowngradeThatLeavesAColumnFailsTheStairwayNamingTheTableAndColumn() {
        Loquent loquent = loquent(CreateAuthors.class, LeavesColumn.class);
        assertThatThrownBy(() -> MigrationTests.assertStairway(loquent)).isInstanceOf(AssertionError.class)
                .hasMessage("stairway: revision k2 (" + source(LeavesColumn.class) + "): its downgrade does not undo its"
                        + " upgrade: table authors: column nickname is left behind. Make downgrade() revert exactly"
                        + " what upgrade() does");
        loquent.downgrade("base");
        MigrationTests.assertDowngradeToBaseLeavesNothing(loquent);
    }

    @Test
    void aDowngradeThatLeavesATableFailsDowngradeToBaseNamingTheTableAndItsRevision() {
        Loquent loquent = loquent(CreateAuthors.class, LeavesTable.class);
        assertThatThrownBy(() -> MigrationTests.assertDowngradeToBaseLeavesNothing(loquent))
                .isInstanceOf(AssertionError.class)
                .hasMessage("downgrade to base: after upgrading to head and downgrading to base, table tags is left"
                        + " behind (created by revision l2 (" + source(LeavesTable.class) + ")) (Loquent's own tables"
                        + " aside). Drop in each revision's downgrade() what its upgrade() creates");
        assertThat(loquent.current()).isEmpty();
    }

    @Test
    void aDowngradeThatThrowsFailsTheStairwayNamingTheRevisionDirectionAndCause() {
        Loquent loquent = loquent(CreateAuthors.class, ThrowingDowngrade.class);
        assertThatThrownBy(() -> MigrationTests.assertStairway(loquent)).isInstanceOf(AssertionError.class)
                .hasMessageStartingWith("stairway: revision t2 (" + source(ThrowingDowngrade.class) + "), downgrade"
                        + " failed: ")
                .hasMessageContaining("tags cannot be dropped once filled");
    }

    @Test
    void anUpgradeTheDatabaseRefusesFailsUpgradeToHeadWithTheDatabasesMessage() {
        Loquent loquent = loquent(CreateAuthors.class, FailingUpgrade.class);
        assertThatThrownBy(() -> MigrationTests.assertUpgradeToHead(loquent)).isInstanceOf(AssertionError.class)
                .hasMessageStartingWith("upgrade to head: upgrade from base to heads failed: ")
                .hasMessageContaining("f2")
                .hasMessageContaining("CREATE TABLE broken (");
        assertThatThrownBy(() -> MigrationTests.assertStairway(library())).isInstanceOf(AssertionError.class)
                .hasMessageContaining("the database is at a1, not at base");
    }

    @Test
    void aCheckThatStartsFromBaseRefusesADatabaseElsewhere() {
        Loquent loquent = library();
        loquent.upgrade("b2");
        assertThatThrownBy(() -> MigrationTests.assertStairway(loquent)).isInstanceOf(AssertionError.class)
                .hasMessage("stairway: the database is at b2, not at base, and this check starts from base. Give each"
                        + " test a database of its own (a SQLite file in a @TempDir, a new schema or container), or"
                        + " downgrade it to base before the test");
    }

    @Test
    void theModelsMatchTheirMigrations() {
        Loquent loquent = Loquent.configure().url(url()).scriptClasses(CreateAuthors.class, CreateBooks.class,
                AddSurname.class).models(Author.class, Book.class).load();
        MigrationTests.assertModelsMatch(loquent);
        assertThat(loquent.current()).extracting(c -> c.id()).containsExactly("c3");
    }

    @Test
    void aModelTheMigrationsDoNotBuildFailsListingTheDifference() {
        Loquent loquent = Loquent.configure().url(url()).scriptClasses(CreateAuthors.class, CreateBooks.class)
                .models(Author.class, Book.class).load();
        assertThatThrownBy(() -> MigrationTests.assertModelsMatch(loquent)).isInstanceOf(AssertionError.class)
                .hasMessageStartingWith("models match: the database at head differs from the entity model: authors.surname")
                .hasMessageEndingWith(". Write the revision that makes them match ('loquent revision --autogenerate -m"
                        + " MESSAGE' writes it), or change the entities");
    }

    @Test
    void withoutAModelTheModelCheckSaysWhatToConfigure() {
        assertThatThrownBy(() -> MigrationTests.assertModelsMatch(library())).isInstanceOf(AssertionError.class)
                .hasMessage("models match: no entity model is configured. Set models(..), modelsPackage(..) or"
                        + " persistenceUnit(..) on the configuration, with loquent-jpa on the test class path");
    }

    @Test
    void rowsSeededAtARevisionAreWhatItsDataMigrationTransforms() {
        DataAtRevision data = MigrationTests.seedAt(library(), "b2", "authors", Map.of("id", 1, "name", "Le Guin"),
                Map.of("id", 2, "name", "O'Brien"));
        data.insert("books", Map.of("id", 10, "title", "The Dispossessed", "author_id", 1));
        List<Map<String, Object>> rows = data.upgrade("c3").rows("SELECT name, surname FROM authors ORDER BY id");
        assertThat(rows).containsExactly(Map.of("name", "Le Guin", "surname", "Le Guin"),
                Map.of("name", "O'Brien", "surname", "O'Brien"));
        assertThat(data.downgrade("b2").rows("SELECT COUNT(*) AS n FROM books WHERE title = ?", "The Dispossessed"))
                .extracting(r -> ((Number) r.get("n")).intValue()).containsExactly(1);
    }

    @Test
    void aSeedThatBreaksAConstraintFailsWithTheStatementAndTheDatabasesMessage() {
        DataAtRevision data = MigrationTests.upgradeTo(library(), "b2");
        assertThatThrownBy(() -> data.insert("authors", Map.of("id", 1))).isInstanceOf(AssertionError.class)
                .hasMessageStartingWith("seeding at b2: statement failed: ")
                .hasMessageContaining("Statement: INSERT INTO ");
    }
}
