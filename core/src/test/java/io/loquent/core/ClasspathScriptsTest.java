package io.loquent.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.loquent.core.fixtures.AddBalance;
import io.loquent.core.fixtures.CreateAccounts;
import io.loquent.core.internal.graph.RevisionGraph;
import io.loquent.core.internal.script.ChecksumVerification;
import io.loquent.core.internal.script.Checksums;
import io.loquent.core.internal.script.ClasspathScripts;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
        assertThat(loquent.appliedHistory().get(0).checksum()).matches("ops1:[0-9a-f]{64}");
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

    /** The class-byte checksum that versions before {@code ops1:} recorded for a class-path revision. */
    private static String classBytesChecksum(Class<?> type) throws Exception {
        try (InputStream in = type.getResourceAsStream(type.getSimpleName() + ".class")) {
            return Checksums.sha256(in.readAllBytes());
        }
    }

    private static void recordChecksum(String url, String revision, String checksum) throws Exception {
        try (Connection c = DriverManager.getConnection(url);
             PreparedStatement update = c.prepareStatement("update loquent_history set checksum = ? where revision = ?")) {
            update.setString(1, checksum);
            update.setString(2, revision);
            assertThat(update.executeUpdate()).isEqualTo(1);
        }
    }

    @Test
    void aChecksumRecordedOverClassBytesIsAcceptedWhileTheClassIsUnchanged() throws Exception {
        String url = "jdbc:sqlite:" + dir.resolve("app.db");
        Loquent loquent = Loquent.configure().url(url).scriptClasses(CreateAccounts.class, AddBalance.class).load();
        loquent.upgrade("head");
        recordChecksum(url, "cp0001", classBytesChecksum(CreateAccounts.class));
        recordChecksum(url, "cp0002", classBytesChecksum(AddBalance.class));

        assertThat(loquent.check()).isEmpty();
        assertThat(loquent.upgrade("head")).isEmpty();
        List<HistoryEntry> afterUpgrade = loquent.appliedHistory();
        assertThat(afterUpgrade.subList(afterUpgrade.size() - 2, afterUpgrade.size()))
                .as("the first run records the checksums anew under the current definition")
                .allMatch(e -> e.direction().equals("stamp") && e.checksum().startsWith("ops1:")
                        && e.detail().startsWith("checksum recorded anew"));
        assertThat(loquent.upgrade("head")).isEmpty();
        assertThat(loquent.appliedHistory()).as("and only once").hasSameSizeAs(afterUpgrade);
        RevisionGraph graph = RevisionGraph.of(ClasspathScripts.ofClasses(List.of(CreateAccounts.class, AddBalance.class)).load());
        Map<String, String> recorded = Map.of("cp0001", classBytesChecksum(CreateAccounts.class),
                "cp0002", classBytesChecksum(AddBalance.class));
        ChecksumVerification verification = ChecksumVerification.of(graph, recorded, Set.of("cp0001", "cp0002"));
        assertThat(verification.mismatches()).isEmpty();
        assertThat(verification.superseded()).extracting(RevisionInfo::id).containsExactly("cp0001", "cp0002");
        assertThat(verification.superseded()).extracting(RevisionInfo::checksum).allMatch(c -> c.startsWith("ops1:"));

        loquent.stamp("current", false);
        List<HistoryEntry> rows = loquent.appliedHistory();
        assertThat(rows.get(rows.size() - 1).checksum()).isEqualTo(graph.get("cp0002").info().checksum());
        assertThat(ChecksumVerification.of(graph, Map.of("cp0001", graph.get("cp0001").info().checksum()),
                Set.of("cp0001")).superseded()).isEmpty();
        assertThat(loquent.check()).isEmpty();
    }

    @Test
    void aChecksumRecordedOverOtherClassBytesIsStillAMismatch() throws Exception {
        String url = "jdbc:sqlite:" + dir.resolve("app.db");
        Loquent loquent = Loquent.configure().url(url).scriptClasses(CreateAccounts.class, AddBalance.class).load();
        loquent.upgrade("head");
        String before = Checksums.sha256("the class as it was".getBytes(StandardCharsets.UTF_8));
        recordChecksum(url, "cp0001", before);

        assertThat(loquent.check()).containsExactly(new ChecksumMismatchException.Mismatch("cp0001",
                CreateAccounts.class.getName(), before, classBytesChecksum(CreateAccounts.class)));
        assertThatThrownBy(() -> loquent.upgrade("head"))
                .isInstanceOf(ChecksumMismatchException.class)
                .hasMessageStartingWith("revision cp0001 (io.loquent.core.fixtures.CreateAccounts) has changed since it"
                        + " was applied (applied " + before.substring(0, 19) + ", now "
                        + classBytesChecksum(CreateAccounts.class).substring(0, 19) + ")");
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

    /**
     * A jar need not list its folders (many build tools leave the entries out), and the class loader's
     * {@code getResources} then does not find the package in it: the revisions are found in the jar all the same.
     */
    @Test
    void revisionsInAJarWithoutFolderEntriesAreFound() throws Exception {
        Path sources = java.nio.file.Files.createDirectories(dir.resolve("src/com/acme/jarred"));
        java.nio.file.Files.writeString(sources.resolve("CreateThings.java"), """
                package com.acme.jarred;

                import io.loquent.api.*;
                import static io.loquent.api.Types.*;

                @Revision(id = "j1", message = "things")
                public final class CreateThings implements MigrationScript {
                    @Override public void upgrade(Op op) {
                        op.createTable("things", t -> t.column("id", integer().primaryKey()));
                    }
                    @Override public void downgrade(Op op) {
                        op.dropTable("things");
                    }
                }
                """);
        Path classes = java.nio.file.Files.createDirectories(dir.resolve("classes"));
        javax.tools.JavaCompiler javac = javax.tools.ToolProvider.getSystemJavaCompiler();
        assertThat(javac.run(null, null, null, "-d", classes.toString(), "-cp", System.getProperty("java.class.path"),
                sources.resolve("CreateThings.java").toString())).isZero();
        Path jar = dir.resolve("app.jar");
        try (var out = new java.util.jar.JarOutputStream(java.nio.file.Files.newOutputStream(jar))) {
            out.putNextEntry(new java.util.jar.JarEntry("com/acme/jarred/CreateThings.class")); // no folder entries
            out.write(java.nio.file.Files.readAllBytes(classes.resolve("com/acme/jarred/CreateThings.class")));
            out.closeEntry();
        }
        try (var loader = new java.net.URLClassLoader(new java.net.URL[] {jar.toUri().toURL()},
                getClass().getClassLoader())) {
            assertThat(loader.getResources("com/acme/jarred").hasMoreElements()).as("the package has no folder entry")
                    .isFalse();
            String url = "jdbc:sqlite:" + dir.resolve("jar.db");
            Loquent loquent = Loquent.configure().url(url).scriptsPackage("com.acme.jarred").classLoader(loader).load();
            assertThat(loquent.upgrade("head")).extracting(StepResult::revision).containsExactly("j1");
        }
    }
}
