package io.loquent.core.internal.run;

import io.loquent.api.dialect.Dialect;
import io.loquent.api.dialect.RenderContext;
import io.loquent.api.operation.BulkInsert;
import io.loquent.api.operation.CreateTable;
import io.loquent.api.schema.Column;
import io.loquent.api.schema.ColumnType;
import io.loquent.api.schema.ColumnType.Kind;
import io.loquent.api.schema.TableConstraint;
import io.loquent.core.HistoryEntry;
import io.loquent.core.RevisionInfo;
import io.loquent.core.Version;
import io.loquent.core.internal.dsl.NamingConvention;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The audit table (default {@code loquent_history}): one row per revision run up or down, or stamped, with the
 * script's checksum, timing and who ran it. Alembic keeps nothing of the kind; Flyway's schema history is the model.
 */
public final class HistoryStore {
    private static final List<String> COLUMNS = List.of("id", "revision", "direction", "checksum", "message",
            "started_at", "duration_ms", "db_user", "os_user", "loquent_version", "success", "detail");
    /** Reads what each database returns for a timestamp: {@code 2024-01-31 12:00:00[.fff…]}, with a space or a T. */
    private static final DateTimeFormatter READ = new DateTimeFormatterBuilder().append(DateTimeFormatter.ISO_LOCAL_DATE)
            .optionalStart().appendLiteral(' ').optionalEnd().optionalStart().appendLiteral('T').optionalEnd()
            .appendPattern("HH:mm:ss").optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true)
            .optionalEnd().toFormatter();

    private final Dialect dialect;
    private final String table;
    private final NamingConvention naming;

    public HistoryStore(Dialect dialect, String table, NamingConvention naming) {
        this.dialect = dialect;
        this.table = table;
        this.naming = naming;
    }

    public String table() {
        return table;
    }

    public boolean exists(Connection connection) throws SQLException {
        return Catalog.tableExists(connection, table);
    }

    public List<String> createStatements(RenderContext context) {
        List<Column> columns = List.of(
                new Column("id", ColumnType.of(Kind.INTEGER), false, true, null, null),
                string("revision", 255, false), string("direction", 10, false), string("checksum", 100, true),
                new Column("message", ColumnType.of(Kind.TEXT), true, false, null, null),
                new Column("started_at", ColumnType.of(Kind.TIMESTAMP), false, false, null, null),
                new Column("duration_ms", ColumnType.of(Kind.BIG_INTEGER), false, false, null, null),
                string("db_user", 255, true), string("os_user", 255, true), string("loquent_version", 50, true),
                new Column("success", ColumnType.of(Kind.BOOLEAN), false, false, null, null),
                new Column("detail", ColumnType.of(Kind.TEXT), true, false, null, null));
        return dialect.render(new CreateTable(table, columns,
                List.of(new TableConstraint.PrimaryKey(naming.primaryKeyName(table), List.of("id"))), null), context);
    }

    private static Column string(String name, int length, boolean nullable) {
        return new Column(name, new ColumnType(Kind.STRING, length, null, null), nullable, false, null, null);
    }

    /** A row written now that runs nothing (a stamp, a checksum recorded anew), by {@code who} and this OS user. */
    static HistoryEntry record(RevisionInfo info, String direction, String who, String detail) {
        return new HistoryEntry(0, info.id(), direction, info.checksum(), info.message(),
                LocalDateTime.now().truncatedTo(ChronoUnit.MILLIS), 0, who, System.getProperty("user.name"),
                Version.LOQUENT, true, detail);
    }

    /** The insert of one row; the id is assigned by the database. */
    public BulkInsert insert(HistoryEntry e) {
        return new BulkInsert(table, List.of(row(e)));
    }

    /** Inserts the row of a revision that starts to run, and returns its id for {@link #finish}. */
    long insertRunning(JdbcSink sink, HistoryEntry e) {
        return sink.insertReturningKey(table, row(e));
    }

    /** Records what the row's revision has done so far, or how it ended. */
    void finish(JdbcSink sink, long id, boolean success, long durationMillis, String detail) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("success", success);
        values.put("duration_ms", durationMillis);
        values.put("detail", detail);
        sink.update(table, values, "id", id);
    }

    private static Map<String, Object> row(HistoryEntry e) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("revision", e.revision());
        row.put("direction", e.direction());
        row.put("checksum", e.checksum());
        row.put("message", e.message());
        row.put("started_at", e.startedAt());
        row.put("duration_ms", e.durationMillis());
        row.put("db_user", e.databaseUser());
        row.put("os_user", e.osUser());
        row.put("loquent_version", e.loquentVersion());
        row.put("success", e.success());
        row.put("detail", e.detail());
        return row;
    }

    /** Every row, oldest first; empty when the table does not exist yet. */
    public List<HistoryEntry> read(Connection connection) throws SQLException {
        List<HistoryEntry> entries = new ArrayList<>();
        if (!exists(connection)) {
            return entries;
        }
        Catalog.requireColumns(connection, table, COLUMNS, "history");
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery(dialect.select(table, COLUMNS, "id"))) {
            while (rs.next()) { // by position, in the order of COLUMNS: the table grows with every run
                String started = rs.getString(6);
                entries.add(new HistoryEntry(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), started == null ? null : startedAt(started.strip()), rs.getLong(7),
                        rs.getString(8), rs.getString(9), rs.getString(10), rs.getBoolean(11), rs.getString(12)));
            }
        }
        return entries;
    }

    /**
     * A {@code started_at} value as the databases return it: {@code 2024-01-31 12:00:00[.fff…]}, with a space or a
     * {@code T}. The common shapes are read by hand, the rest by {@link #READ}: the formatter costs a run that reads a
     * history of 10,000 rows some 100 ms (issue #13).
     */
    static LocalDateTime startedAt(String text) {
        int n = text.length();
        if (n < 19 || n == 20 || n > 29 || text.charAt(4) != '-' || text.charAt(7) != '-'
                || (text.charAt(10) != ' ' && text.charAt(10) != 'T') || text.charAt(13) != ':'
                || text.charAt(16) != ':' || (n > 19 && text.charAt(19) != '.')) {
            return LocalDateTime.parse(text, READ);
        }
        int year = number(text, 0, 4);
        int month = number(text, 5, 7);
        int day = number(text, 8, 10);
        int hour = number(text, 11, 13);
        int minute = number(text, 14, 16);
        int second = number(text, 17, 19);
        int nano = 0;
        if (n > 19) {
            nano = number(text, 20, n);
            for (int i = n - 20; i < 9; i++) {
                nano *= 10;
            }
        }
        if (year < 0 || month < 0 || day < 0 || hour < 0 || minute < 0 || second < 0 || nano < 0) {
            return LocalDateTime.parse(text, READ); // not digits where digits go: the formatter says what is wrong
        }
        return LocalDateTime.of(year, month, day, hour, minute, second, nano);
    }

    /** The decimal number in {@code text[from, to)}, or -1 when a character is not an ASCII digit. */
    private static int number(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    /**
     * The checksum each repeatable revision last ran with successfully, by name: its {@code repeat} rows, which
     * {@link #appliedChecksums} leaves out.
     */
    public static Map<String, String> repeatedChecksums(List<HistoryEntry> entries) {
        Map<String, String> checksums = new HashMap<>();
        for (HistoryEntry e : entries) {
            if (e.success() && e.direction().equals("repeat") && e.checksum() != null) {
                checksums.put(e.revision(), e.checksum());
            }
        }
        return checksums;
    }

    /** The checksum each revision was last applied or stamped with. */
    public static Map<String, String> appliedChecksums(List<HistoryEntry> entries) {
        Map<String, String> checksums = new HashMap<>();
        for (HistoryEntry e : entries) {
            if (e.success() && (e.direction().equals("up") || e.direction().equals("stamp")) && e.checksum() != null) {
                checksums.put(e.revision(), e.checksum());
            }
        }
        return checksums;
    }
}
