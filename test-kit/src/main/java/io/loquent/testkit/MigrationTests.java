package io.loquent.testkit;

import io.loquent.api.LoquentException;
import io.loquent.api.schema.Schema;
import io.loquent.core.CurrentRevision;
import io.loquent.core.Loquent;
import io.loquent.core.RevisionDetail;
import io.loquent.core.SchemaDifference;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Assertions on an application's migrations, each given the {@link Loquent} of a database at base (the model check
 * excepted, which takes one anywhere): the checks pytest-alembic runs for Alembic users. Each leaves the database as
 * its check needs it (at head, or at base after {@link #assertDowngradeToBaseLeavesNothing}) and fails with an
 * {@link AssertionError} whose message names the revision, its file, the direction and the database's message.
 * Works on whatever the configuration points at: a SQLite file, a local server, a container's URL or DataSource.
 */
public final class MigrationTests {
    private MigrationTests() {
    }

    /** The revisions have exactly one head, so that {@code upgrade head} means one thing. */
    public static void assertSingleHead(Loquent loquent) {
        String check = "single head";
        List<RevisionDetail> heads = attempt(check, "reading the revisions", loquent::heads);
        if (heads.isEmpty()) {
            throw new AssertionError(check + ": there are no revisions (scripts: " + scripts(loquent) + "). Create"
                    + " one with 'loquent revision -m MESSAGE', or point the configuration at the scripts");
        }
        if (heads.size() > 1) {
            List<String> named = heads.stream().map(MigrationTests::describe).toList();
            throw new AssertionError(check + ": the revisions have " + heads.size() + " heads: "
                    + String.join(", ", named) + ". Join them with 'loquent merge -m MESSAGE heads', or make one the"
                    + " parent of the other");
        }
    }

    /** Every revision applies, from base up to the head (or heads). */
    public static void assertUpgradeToHead(Loquent loquent) {
        String check = "upgrade to head";
        requireBase(loquent, check);
        attempt(check, "upgrade from base to heads", () -> loquent.upgrade("heads"));
    }

    /**
     * The stairway: from base, each revision in turn (parents first) is upgraded, downgraded and upgraded again, one
     * at a time, and its downgrade must leave the schema as it found it. A failure names the revision, its file and
     * the direction that broke, or what the downgrade left changed.
     */
    public static void assertStairway(Loquent loquent) {
        String check = "stairway";
        requireBase(loquent, check);
        List<RevisionDetail> order = new ArrayList<>(attempt(check, "reading the revisions", loquent::history));
        Collections.reverse(order);
        for (RevisionDetail revision : order) {
            Schema before = live(loquent, check);
            step(check, revision, "upgrade", () -> loquent.upgrade(revision.id()));
            step(check, revision, "downgrade", () -> loquent.downgrade(belowOnly(revision)));
            List<String> changes = SchemaChanges.between(before, live(loquent, check));
            if (!changes.isEmpty()) {
                throw new AssertionError(check + ": revision " + describe(revision) + ": its downgrade does not undo"
                        + " its upgrade: " + String.join("; ", changes) + ". Make downgrade() revert exactly what"
                        + " upgrade() does");
            }
            step(check, revision, "upgrade after its downgrade", () -> loquent.upgrade(revision.id()));
        }
    }

    /**
     * Upgrading from base to head and downgrading back to base leaves nothing but Loquent's own tables (and whatever
     * the database held before): each table left behind is named with the revision that created it.
     */
    public static void assertDowngradeToBaseLeavesNothing(Loquent loquent) {
        String check = "downgrade to base";
        requireBase(loquent, check);
        Schema before = live(loquent, check);
        attempt(check, "upgrade from base to heads", () -> loquent.upgrade("heads"));
        attempt(check, "downgrade from heads to base", () -> loquent.downgrade("base"));
        List<String> changes = SchemaChanges.between(before, live(loquent, check));
        if (!changes.isEmpty()) {
            List<String> named = changes.stream().map(c -> c + creator(loquent, c)).toList();
            throw new AssertionError(check + ": after upgrading to head and downgrading to base, "
                    + String.join("; ", named) + " (Loquent's own tables aside). Drop in each revision's downgrade()"
                    + " what its upgrade() creates");
        }
    }

    /**
     * At head, the database matches the configured entity model (see {@code Loquent.compareModels()}); each
     * difference is listed. Needs {@code loquent-jpa} on the test class path and a model in the configuration
     * ({@code models(..)}, {@code modelsPackage(..)} or {@code persistenceUnit(..)}). Upgrades to head first.
     */
    public static void assertModelsMatch(Loquent loquent) {
        String check = "models match";
        if (!loquent.config().models().configured()) {
            throw new AssertionError(check + ": no entity model is configured. Set models(..), modelsPackage(..) or"
                    + " persistenceUnit(..) on the configuration, with loquent-jpa on the test class path");
        }
        attempt(check, "upgrade to heads", () -> loquent.upgrade("heads"));
        List<SchemaDifference> differences = attempt(check, "comparing the entity model", loquent::compareModels);
        if (!differences.isEmpty()) {
            throw new AssertionError(check + ": the database at head differs from the entity model: "
                    + String.join("; ", differences.stream().map(SchemaDifference::summary).toList())
                    + ". Write the revision that makes them match ('loquent revision --autogenerate -m MESSAGE'"
                    + " writes it), or change the entities");
        }
    }

    /**
     * Upgrades a database at base to {@code revision}, for rows to be seeded there before the data migration above
     * it runs: {@code upgradeTo(loquent, "b2").insert("authors", row).upgrade("c3").rows("SELECT …")}.
     */
    public static DataAtRevision upgradeTo(Loquent loquent, String revision) {
        String check = "seeding at " + revision;
        requireBase(loquent, check);
        attempt(check, "upgrade from base to " + revision, () -> loquent.upgrade(revision));
        return new DataAtRevision(loquent, check);
    }

    /** {@link #upgradeTo} {@code revision}, then inserts {@code rows} into {@code table}. */
    @SafeVarargs
    public static DataAtRevision seedAt(Loquent loquent, String revision, String table, Map<String, ?>... rows) {
        return upgradeTo(loquent, revision).insert(table, rows);
    }

    /** Runs {@code action}; a Loquent error becomes an assertion error saying what was being done. */
    static <T> T attempt(String check, String doing, Supplier<T> action) {
        try {
            return action.get();
        } catch (LoquentException e) {
            throw new AssertionError(check + ": " + doing + " failed: " + e.getMessage(), e);
        }
    }

    private static void step(String check, RevisionDetail revision, String direction, Supplier<?> action) {
        attempt(check, "revision " + describe(revision) + ", " + direction, action);
    }

    /**
     * The downgrade target that reverts {@code revision} alone, once it is applied and nothing above it is: its
     * branch moved down one (a merge goes back to its parents), or its branch's base for a revision without parents.
     * A plain {@code <rev>-1} would also revert sibling branches applied on top of the parent.
     */
    private static String belowOnly(RevisionDetail revision) {
        return revision.id() + (revision.info().down().isEmpty() ? "@base" : "@-1");
    }

    private static void requireBase(Loquent loquent, String check) {
        List<CurrentRevision> at = attempt(check, "reading the database's revision", loquent::current);
        if (!at.isEmpty()) {
            throw new AssertionError(check + ": the database is at " + String.join(", ",
                    at.stream().map(CurrentRevision::id).toList()) + ", not at base, and this check starts from base."
                    + " Give each test a database of its own (a SQLite file in a @TempDir, a new schema or container),"
                    + " or downgrade it to base before the test");
        }
    }

    private static Schema live(Loquent loquent, String check) {
        return attempt(check, "reading the database's schema", loquent::liveSchema);
    }

    /** " (created by revision X (file))" for a table left behind, from the replayed history; else nothing. */
    private static String creator(Loquent loquent, String change) {
        String prefix = "table ";
        if (!change.startsWith(prefix) || !change.endsWith(SchemaChanges.LEFT_BEHIND) || change.contains(": ")) {
            return "";
        }
        String table = change.substring(prefix.length(), change.length() - SchemaChanges.LEFT_BEHIND.length());
        try {
            List<RevisionDetail> order = new ArrayList<>(loquent.history());
            Collections.reverse(order);
            for (RevisionDetail revision : order) {
                if (loquent.schemaAt(revision.id()).table(table).isPresent()) {
                    return " (created by revision " + describe(revision) + ")";
                }
            }
        } catch (LoquentException e) {
            // The history cannot be replayed (raw SQL it does not follow): the message goes without the revision.
        }
        return "";
    }

    static String describe(RevisionDetail revision) {
        return revision.id() + " (" + revision.info().source() + ")";
    }

    private static String scripts(Loquent loquent) {
        var config = loquent.config();
        return config.scriptsPackage() != null ? "package " + config.scriptsPackage()
                : !config.scriptClasses().isEmpty() ? config.scriptClasses().size() + " classes"
                : String.valueOf(config.scriptsFolder());
    }
}
