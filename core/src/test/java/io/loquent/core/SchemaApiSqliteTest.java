package io.loquent.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.loquent.api.schema.Schema;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Java API of the README's schema lines on a real SQLite file: a database made by hand adopted with
 * {@link Loquent#revisionFromDatabase}, whose downgrade empties it and whose upgrade builds it again; and the live
 * schema printed as the replayed one.
 */
class SchemaApiSqliteTest {
    @TempDir
    Path dir;

    private Loquent loquent() {
        return Loquent.configure().url("jdbc:sqlite:" + dir.resolve("app.db")).scripts(dir.resolve("migrations")).load();
    }

    @Test
    void anAdoptedDatabaseDowngradesToNothingAndUpgradesToWhatItWas() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("app.db"));
             Statement s = c.createStatement()) {
            s.execute("CREATE TABLE b_child (id INTEGER NOT NULL PRIMARY KEY, parent_id INTEGER NOT NULL,"
                    + " CONSTRAINT child_parent FOREIGN KEY (parent_id) REFERENCES a_parent (id))");
            s.execute("CREATE TABLE a_parent (id INTEGER NOT NULL PRIMARY KEY, name VARCHAR(20) DEFAULT 'x')");
        }
        Loquent loquent = loquent();
        String before = loquent.schemaSource(loquent.liveSchema());
        Path file = loquent.revisionFromDatabase("adopt", "ad0pt");
        assertThat(Files.readString(file)).contains("@Revision(id = \"ad0pt\", down = {}, message = \"adopt\")");
        assertThat(loquent.stamp("head", false)).containsExactly("ad0pt");
        assertThat(loquent.schemaSource(loquent.liveSchema())).isEqualTo(before)
                .isEqualTo(loquent.schemaSource(loquent.schemaAt("head")));
        assertThat(loquent.schemaSql(loquent.schemaAt("head")))
                .contains("CREATE TABLE \"a_parent\" (", "CONSTRAINT \"child_parent\" FOREIGN KEY");

        loquent.downgrade("base");
        assertThat(loquent.liveSchema()).isEqualTo(Schema.EMPTY);
        loquent.upgrade("head");
        assertThat(loquent.schemaSource(loquent.liveSchema())).isEqualTo(before);

        assertThatThrownBy(() -> loquent.revisionFromDatabase("again", null)).isInstanceOf(ConfigurationException.class)
                .hasMessage("the scripts folder '" + dir.resolve("migrations") + "' already holds 1 revision (head"
                        + " ad0pt), and a revision from the database starts a history. Adopt the database into an empty"
                        + " scripts folder, or record a change made by hand on top of the head with"
                        + " loquent.revision(RevisionRequest.of(message)) or"
                        + " loquent.autogenerate(RevisionRequest.of(message))");
    }
}
