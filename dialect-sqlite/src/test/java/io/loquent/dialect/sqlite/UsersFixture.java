package io.loquent.dialect.sqlite;

import io.loquent.api.operation.CreateTable;
import io.loquent.api.schema.Column;
import io.loquent.api.schema.ColumnType;
import io.loquent.api.schema.ColumnType.Kind;
import io.loquent.api.schema.DefaultValue;
import io.loquent.api.schema.ReferentialAction;
import io.loquent.api.schema.TableConstraint;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Random;

/**
 * A {@code users} table of thousands of awkward rows (NULLs, Unicode, quotes, blobs of every length, 64-bit integer
 * extremes, doubles from denormal to MAX_VALUE) with a single-column, a composite and a partial index, a trigger, a
 * view, and an {@code orders} table whose rows reference users with ON DELETE CASCADE.
 */
final class UsersFixture {
    static final int USERS = 3000;
    static final int ORDERS = 4000;
    private static final String[] NAMES = {"Zoë", "O'Brien", "名前", "emoji 😀 \uD83D\uDE00", "a,b(c)", "",
            "  spaced  ", "-- not a comment", "/* nor this */", "\"quoted\"", "x".repeat(300), "NULL", "ü\u0301"};
    private static final Long[] SCORES = {Long.MIN_VALUE, Long.MAX_VALUE, 0L, -1L, null, 1L << 53, (1L << 53) + 1};
    private static final Double[] RATIOS = {0.1, -0.0, Double.MAX_VALUE, Double.MIN_VALUE, 1e-300, null, Math.PI,
            -2.5, 3.0};
    private static final String[] NOTES = {null, "", "00123", "12.50", "abc", "line\nbreak", "tab\there", "1e5"};

    private UsersFixture() {
    }

    static CreateTable usersTable() {
        return new CreateTable("users", List.of(
                new Column("id", ColumnType.of(Kind.INTEGER), false, true, null, null),
                new Column("name", new ColumnType(Kind.STRING, 50, null, null), false, false, null, null),
                new Column("email", new ColumnType(Kind.STRING, 255, null, null), true, false, null, null),
                new Column("code", new ColumnType(Kind.STRING, 20, null, null), true, false, null, null),
                new Column("score", ColumnType.of(Kind.BIG_INTEGER), true, false, null, null),
                new Column("ratio", ColumnType.of(Kind.DOUBLE), true, false, null, null),
                new Column("avatar", ColumnType.of(Kind.BINARY), true, false, null, null),
                new Column("note", ColumnType.of(Kind.TEXT), true, false, null, null),
                new Column("is_active", ColumnType.of(Kind.BOOLEAN), true, false, new DefaultValue.Literal(true), null),
                new Column("created_at", ColumnType.of(Kind.TIMESTAMP), false, false, new DefaultValue.CurrentTimestamp(), null)),
                List.of(new TableConstraint.PrimaryKey("pk_users", List.of("id")),
                        new TableConstraint.Unique("uq_users_email", List.of("email"))), null);
    }

    static CreateTable ordersTable() {
        return new CreateTable("orders", List.of(
                new Column("id", ColumnType.of(Kind.INTEGER), false, true, null, null),
                new Column("user_id", ColumnType.of(Kind.INTEGER), false, false, null, null),
                new Column("amount", new ColumnType(Kind.DECIMAL, null, 10, 2), true, false, null, null)),
                List.of(new TableConstraint.PrimaryKey("pk_orders", List.of("id")),
                        new TableConstraint.ForeignKey("fk_orders_user_id_users", List.of("user_id"), "users",
                                List.of("id"), ReferentialAction.CASCADE, null)), null);
    }

    /** Creates and fills everything, with foreign keys enforced on the connection as an application would have. */
    static void create(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.execute("PRAGMA foreign_keys = ON");
        }
        new Migrator(connection).run(usersTable(), ordersTable());
        Random random = new Random(20261124);
        connection.setAutoCommit(false);
        try (PreparedStatement users = connection.prepareStatement("INSERT INTO users (id, name, email, code, score,"
                + " ratio, avatar, note, is_active, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement orders = connection.prepareStatement(
                     "INSERT INTO orders (user_id, amount) VALUES (?, ?)")) {
            for (int i = 1; i <= USERS; i++) {
                users.setLong(1, i * 3L); // gaps, so that rowids are not just 1..n
                users.setString(2, NAMES[i % NAMES.length] + (i % 4 == 0 ? "" : " " + i));
                users.setString(3, i % 7 == 0 ? null : "üser" + i + "@exämple.com");
                users.setString(4, "C-" + i);
                users.setObject(5, i % 11 == 0 ? (Object) random.nextLong() : SCORES[i % SCORES.length]);
                users.setObject(6, i % 13 == 0 ? (Object) (random.nextDouble() * 1e10) : RATIOS[i % RATIOS.length]);
                users.setBytes(7, i % 5 == 0 ? null : bytes(random, i % 67));
                users.setString(8, NOTES[i % NOTES.length]);
                users.setObject(9, i % 9 == 0 ? null : (Object) (i % 2));
                users.setString(10, "2024-01-0" + (1 + i % 9) + " 12:00:0" + (i % 10));
                users.addBatch();
            }
            users.executeBatch();
            for (int i = 1; i <= ORDERS; i++) {
                orders.setLong(1, (1 + random.nextInt(USERS)) * 3L);
                orders.setObject(2, i % 10 == 0 ? null : random.nextInt(1_000_000) / 100.0);
                orders.addBatch();
            }
            orders.executeBatch();
        }
        connection.commit();
        connection.setAutoCommit(true);
        try (Statement st = connection.createStatement()) {
            st.execute("CREATE INDEX idx_users_name ON users (name)");
            st.execute("CREATE INDEX idx_users_score_ratio ON users (score, ratio DESC)");
            st.execute("CREATE INDEX ix_users_positive ON users (email) WHERE score > 0");
            st.execute("CREATE TABLE audit (user_id INTEGER, old_name TEXT)");
            st.execute("CREATE TRIGGER trg_users_rename AFTER UPDATE OF name ON users"
                    + " BEGIN INSERT INTO audit (user_id, old_name) VALUES (old.id, old.name); END");
            st.execute("CREATE VIEW v_named_users AS SELECT id, name, email FROM users WHERE email IS NOT NULL");
        }
    }

    private static byte[] bytes(Random random, int length) {
        byte[] b = new byte[length];
        random.nextBytes(b);
        if (length > 0) {
            b[0] = 0; // a NUL first, which text handling would cut
        }
        return b;
    }
}
