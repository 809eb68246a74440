package io.loquent.dialect.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.loquent.api.LoquentException;
import io.loquent.api.dialect.RenderContext;
import io.loquent.api.dialect.RunHooks;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** Foreign-key enforcement around a run, and the check before each revision commits. */
class SqliteRunHooksTest extends SqliteDatabaseTest {

    @Test
    void enforcementGoesOffForTheRunAndComesBack() throws SQLException {
        execute("PRAGMA foreign_keys = ON");
        RunHooks hooks = dialect.runHooks(RenderContext.online(connection));

        assertThat(hooks.beforeRun()).containsExactly("PRAGMA foreign_keys = OFF");
        assertThat(hooks.afterRun()).containsExactly("PRAGMA foreign_keys = ON", "PRAGMA legacy_alter_table = OFF");
    }

    @Test
    void withoutEnforcementThereIsNothingToTurnOffOrCheck() throws SQLException {
        execute("PRAGMA legacy_alter_table = ON", "CREATE TABLE p (id INTEGER PRIMARY KEY)",
                "CREATE TABLE c (p INTEGER REFERENCES p (id))", "INSERT INTO c VALUES (7)");
        RunHooks hooks = dialect.runHooks(RenderContext.online(connection));

        assertThat(hooks.beforeRun()).isEmpty();
        assertThat(hooks.afterRun()).containsExactly("PRAGMA legacy_alter_table = ON");
        hooks.verifyRevision("r1"); // rows that broke keys before nobody enforced them do not stop the run
    }

    @Test
    void anOfflineScriptTurnsEnforcementOffBeforeItsFirstTransaction() {
        RunHooks hooks = dialect.runHooks(RenderContext.offline());

        assertThat(hooks.beforeRun()).containsExactly("PRAGMA foreign_keys = OFF");
        assertThat(hooks.afterRun()).isEmpty();
    }

    @Test
    void aRevisionThatLeavesBrokenKeysIsStoppedWithTheRows() throws SQLException {
        execute("PRAGMA foreign_keys = ON", "CREATE TABLE p (id INTEGER PRIMARY KEY)",
                "CREATE TABLE c (id INTEGER PRIMARY KEY, p INTEGER REFERENCES p (id))", "INSERT INTO p VALUES (1)");
        RunHooks hooks = dialect.runHooks(RenderContext.online(connection));
        execute(hooks.beforeRun().toArray(String[]::new));
        execute("INSERT INTO c VALUES (10, 1), (11, 2), (12, 3)");

        assertThatThrownBy(() -> hooks.verifyRevision("ae1027a6acf1"))
                .isInstanceOf(LoquentException.class)
                .hasMessage("revision 'ae1027a6acf1' leaves 2 rows whose foreign key points at no row (c rowid 11 -> p,"
                        + " c rowid 12 -> p). Fix or delete those rows in the revision, or add the rows they reference");
    }

    @Test
    void aForeignKeyWithoutAParentKeyIsReportedNotThrownRaw() throws SQLException {
        execute("PRAGMA foreign_keys = ON", "CREATE TABLE p (id INTEGER, name TEXT)",
                "CREATE TABLE c (p TEXT REFERENCES p (name))");
        RunHooks hooks = dialect.runHooks(RenderContext.online(connection));

        assertThatThrownBy(() -> hooks.verifyRevision("r2"))
                .isInstanceOf(LoquentException.class)
                .hasMessageStartingWith("revision 'r2' leaves a foreign key that SQLite cannot check: ")
                .hasMessageContaining("foreign key mismatch");
    }
}
