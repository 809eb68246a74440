package io.loquent.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.loquent.core.fixtures.AddBalance;
import io.loquent.core.fixtures.CreateAccounts;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Scripts compiled by the application's own build, loaded from a package or as classes, on real SQLite. */
class ClasspathScriptsTest {
    @TempDir
    Path dir;

    private List<String> columns(String url) throws Exception {
        List<String> names = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(url);
             ResultSet rs = c.createStatement().executeQuery("select name from pragma_table_info('accounts')")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }

    @Test
    void aPackageOnTheClassPathIsAScriptsFolder() throws Exception {
        String url = "jdbc:sqlite:" + dir.resolve("app.db");
        Loquent loquent = Loquent.configure().url(url).scriptsPackage("io.loquent.core.fixtures").load();
        assertThat(loquent.history()).extracting(RevisionDetail::id).containsExactly("cp0002", "cp0001");
        assertThat(loquent.upgrade("head")).extracting(StepResult::revision).containsExactly("cp0001", "cp0002");
        assertThat(columns(url)).containsExactly("id", "owner", "balance");
        assertThat(loquent.appliedHistory().get(0).checksum()).matches("sha256:[0-9a-f]{64}");
        assertThat(loquent.appliedHistory().get(0).message()).isEqualTo("create accounts");
        loquent.downgrade("base");
        assertThat(columns(url)).isEmpty();
    }

    @Test
    void explicitClassesWork() throws Exception {
        String url = "jdbc:sqlite:" + dir.resolve("app.db");
        Loquent loquent = Loquent.configure().url(url).scriptClasses(CreateAccounts.class, AddBalance.class).load();
        loquent.upgrade("cp0001");
        assertThat(columns(url)).containsExactly("id", "owner");
        assertThat(loquent.current()).extracting(CurrentRevision::id).containsExactly("cp0001");
    }

    @Test
    void aMissingPackageIsNamed() {
        Loquent loquent = Loquent.configure().url("jdbc:sqlite:" + dir.resolve("x.db"))
                .scriptsPackage("com.example.nowhere").load();
        assertThatThrownBy(loquent::history)
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("package 'com.example.nowhere' is not on the class path;"
                        + " check the scripts package name and the application's dependencies");
    }
}
