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
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The live-unit helper on SQLite, with the table created by plain SQL: EclipseLink persists through
 * {@link SqlitePlatform} (the key read back with {@code last_insert_rowid()}), queries with JPQL, and reads back
 * booleans, dates, timestamps and UUIDs, whether it wrote them or SQL did (column defaults, a script's insert).
 */
class LiveUnitsTest {
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
        EntityManagerFactory factory = LiveUnits.open(url, "sqlite", List.of(Note.class));
        try {
            EntityManager em = factory.createEntityManager();
            em.getTransaction().begin();
            Note first = new Note("first", true, LocalDate.of(2026, 2, 28), remind, created, token);
            Note second = new Note("second", false, null, null, null, null);
            em.persist(first);
            em.persist(second);
            em.getTransaction().commit();
            assertThat(List.of(first.id(), second.id())).containsExactlyInAnyOrder(1L, 2L);
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
        // Dates and timestamps are SQLite's date text (an Instant in UTC), a UUID its text, a boolean 0 or 1.
        assertThat(query(url, "SELECT TITLE, typeof(PINNED), PINNED, DUE, REMINDAT, CREATED, TOKEN FROM notes"
                + " ORDER BY TITLE")).containsExactly(
                "first integer 1 2026-02-28 2026-03-01 09:30:15 " + utc(created) + " " + token,
                "second integer 0 null null null null");
    }

    @Test
    void readsTheDateTextAndUuidTextThatSqlWrote() throws SQLException {
        String url = "jdbc:sqlite:" + dir.resolve("text.db");
        execute(url, "CREATE TABLE notes (ID INTEGER PRIMARY KEY AUTOINCREMENT, TITLE VARCHAR(80) NOT NULL,"
                + " PINNED BOOLEAN NOT NULL DEFAULT 0, DUE DATE DEFAULT '2026-01-02',"
                + " REMINDAT TIMESTAMP DEFAULT '2026-01-02T08:15', CREATED TIMESTAMP DEFAULT CURRENT_TIMESTAMP,"
                + " TOKEN VARCHAR(36))");
        execute(url, "INSERT INTO notes (TITLE, TOKEN) VALUES ('by sql', '123e4567-e89b-12d3-a456-426614174000')");
        Instant before = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        EntityManagerFactory factory = LiveUnits.open(url, "sqlite", List.of(Note.class));
        try {
            EntityManager em = factory.createEntityManager();
            Note note = em.createQuery("select n from Note n where n.created >= :before", Note.class)
                    .setParameter("before", before.minusSeconds(60)).getSingleResult();
            assertThat(note.title()).isEqualTo("by sql");
            assertThat(note.pinned()).isFalse();
            assertThat(note.due()).isEqualTo(LocalDate.of(2026, 1, 2));
            assertThat(note.remindAt()).isEqualTo(LocalDateTime.of(2026, 1, 2, 8, 15));
            assertThat(note.created()).isBetween(before.minusSeconds(60), Instant.now());
            assertThat(note.token()).isEqualTo(UUID.fromString("123e4567-e89b-12d3-a456-426614174000"));
            em.close();
        } finally {
            factory.close();
        }
    }

    private static String utc(Instant instant) {
        LocalDateTime time = LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
        String text = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").format(time);
        int millis = time.getNano() / 1_000_000;
        return millis == 0 ? text : text + String.format(".%03d", millis);
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
