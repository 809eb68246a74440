package io.loquent.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import io.loquent.jpa.fixtures.smoke.Note;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The EntityManager helper on SQLite, with the table created by plain SQL: EclipseLink persists through
 * {@link SqlitePlatform} (the key read back with {@code last_insert_rowid()}), queries with JPQL, and reads back
 * booleans, dates, times and UUIDs as it wrote them.
 */
class EntityManagersTest {
    @TempDir
    Path dir;

    @Test
    void persistsAndQueriesAnIdentityEntityOnSqlite() throws SQLException {
        String url = "jdbc:sqlite:" + dir.resolve("smoke.db");
        execute(url, "CREATE TABLE notes (ID INTEGER PRIMARY KEY AUTOINCREMENT, TITLE VARCHAR(80) NOT NULL,"
                + " PINNED BOOLEAN NOT NULL, DUE DATE, REMINDAT TIMESTAMP, CREATED TIMESTAMP, TOKEN UUID)");
        UUID token = UUID.randomUUID();
        Instant created = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        LocalDateTime remind = LocalDateTime.of(2026, 3, 1, 9, 30, 15);
        EntityManagerFactory factory = EntityManagers.open(url, "sqlite", List.of(Note.class));
        try {
            EntityManager em = factory.createEntityManager();
            em.getTransaction().begin();
            Note first = new Note("first", true, LocalDate.of(2026, 2, 28), remind, created, token);
            Note second = new Note("second", false, null, null, null, null);
            em.persist(first);
            em.persist(second);
            em.getTransaction().commit();
            assertThat(List.of(first.id(), second.id())).containsExactly(1L, 2L);
            em.clear();

            Note read = em.createQuery("select n from Note n where n.pinned = true and n.token = :token", Note.class)
                    .setParameter("token", token).getSingleResult();
            assertThat(read.title()).isEqualTo("first");
            assertThat(read.due()).isEqualTo(LocalDate.of(2026, 2, 28));
            assertThat(read.remindAt()).isEqualTo(remind);
            assertThat(read.created()).isEqualTo(created);
            assertThat(em.createQuery("select count(n) from Note n where n.due is null", Long.class).getSingleResult())
                    .isEqualTo(1L);
            em.close();
        } finally {
            factory.close();
        }
        // sqlite-jdbc writes dates and timestamps as epoch milliseconds (its default date_class); the platform binds
        // a UUID as text.
        assertThat(query(url, "SELECT ID, typeof(PINNED), PINNED, typeof(DUE), DUE, typeof(REMINDAT), TOKEN"
                + " FROM notes ORDER BY ID")).containsExactly(
                "1 integer 1 integer " + LocalDate.of(2026, 2, 28).atStartOfDay(ZoneId.systemDefault()).toInstant()
                        .toEpochMilli() + " integer " + token,
                "2 integer 0 null null null null");
    }

    private static void execute(String url, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static List<String> query(String url, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            List<String> rows = new java.util.ArrayList<>();
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                    row.append(i > 1 ? " " : "").append(rs.getString(i));
                }
                rows.add(row.toString());
            }
            return rows;
        }
    }
}
