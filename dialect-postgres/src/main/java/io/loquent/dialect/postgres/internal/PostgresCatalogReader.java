package io.loquent.dialect.postgres.internal;

import io.loquent.api.schema.Column;
import io.loquent.api.schema.ColumnType;
import io.loquent.api.schema.Index;
import io.loquent.api.schema.IndexKey;
import io.loquent.api.schema.ReferentialAction;
import io.loquent.api.schema.Schema;
import io.loquent.api.schema.Sequence;
import io.loquent.api.schema.Table;
import io.loquent.api.schema.TableConstraint;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the tables and sequences of the connection's {@code current_schema()} from {@code pg_catalog} in five queries,
 * whatever their number: tables, columns, constraints, indexes and sequences, each for the whole schema at once,
 * joined up here by the table's oid. Ordinary and partitioned tables are read; partitions, views and other relations are not.
 *
 * <p>Constraints come in the order primary key, unique, foreign keys, checks, each kind by name; indexes by name. A
 * foreign key's ON DELETE/ON UPDATE is null where the catalogue says NO ACTION: that is PostgreSQL's default, and the
 * catalogue keeps no difference between a key that says so and one that says nothing. A referenced table of another
 * schema is named {@code schema.table}. A check's condition and an index's expression keys and condition are as
 * {@code pg_get_expr} and {@code pg_get_indexdef} write them. Indexes that back a primary key, unique or exclusion
 * constraint are the constraint's own and are left out; an index's sort order and operator classes are not part of
 * the model (its method and INCLUDE columns are).
 */
public final class PostgresCatalogReader {
    private static final String IN_SCHEMA = " JOIN pg_class c ON c.oid = %s JOIN pg_namespace n ON n.oid = c.relnamespace"
            + " WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p')";

    private static final String TABLES = "SELECT c.oid, c.relname, obj_description(c.oid, 'pg_class')"
            + " FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = current_schema()"
            + " AND c.relkind IN ('r', 'p') AND NOT c.relispartition";

    /**
     * A serial column's sequence depends on it automatically ('a'); an identity's internally ('i'). The owned
     * sequences are read once and joined, not looked up per column: a correlated lookup is priced at columns times
     * relations, which passes {@code jit_above_cost} near 50 tables and makes the server compile the query on every
     * call (BENCHMARKS.md, "Reflection and diff").
     */
    private static final String COLUMNS = "SELECT a.attrelid, a.attname, t.typname, a.atttypmod, a.attnotnull,"
            + " a.attidentity <> '' OR owned.refobjid IS NOT NULL,"
            + " CASE WHEN a.attgenerated = '' THEN pg_get_expr(d.adbin, d.adrelid) END,"
            + " col_description(a.attrelid, a.attnum), current_setting('standard_conforming_strings') = 'on'"
            + " FROM pg_attribute a JOIN pg_type t ON t.oid = a.atttypid"
            + " LEFT JOIN (SELECT DISTINCT s.refobjid, s.refobjsubid FROM pg_depend s JOIN pg_class sc"
            + " ON sc.oid = s.objid WHERE s.classid = 'pg_class'::regclass AND sc.relkind = 'S' AND s.deptype = 'a')"
            + " owned ON owned.refobjid = a.attrelid AND owned.refobjsubid = a.attnum"
            + " LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum"
            + String.format(IN_SCHEMA, "a.attrelid") + " AND a.attnum > 0 AND NOT a.attisdropped"
            + " ORDER BY a.attrelid, a.attnum";

    private static final String CONSTRAINTS = "SELECT con.conrelid, con.conname, con.contype, " + names("con.conkey", "con.conrelid")
            + ", CASE WHEN fn.nspname = current_schema() THEN f.relname ELSE fn.nspname || '.' || f.relname END, "
            + names("con.confkey", "con.confrelid") + ", con.confdeltype, con.confupdtype,"
            + " pg_get_expr(con.conbin, con.conrelid)"
            + " FROM pg_constraint con LEFT JOIN pg_class f ON f.oid = con.confrelid"
            + " LEFT JOIN pg_namespace fn ON fn.oid = f.relnamespace"
            + String.format(IN_SCHEMA, "con.conrelid") + " AND con.contype IN ('p', 'u', 'f', 'c')"
            + " ORDER BY con.conrelid, position(con.contype IN 'pufc'), con.conname";

    /**
     * Key k of an index is column indkey[k - 1], or an expression where that is 0 (its attname is then null); the
     * columns after the {@code indnkeyatts} keys are its INCLUDE columns; the method is the index's {@code pg_am}.
     */
    private static final String INDEXES = "SELECT i.indrelid, ic.relname, i.indisunique,"
            + " ARRAY(SELECT a.attname FROM generate_series(1, i.indnkeyatts) k LEFT JOIN pg_attribute a"
            + " ON a.attrelid = i.indrelid AND a.attnum = i.indkey[k - 1] ORDER BY k),"
            + " ARRAY(SELECT pg_get_indexdef(i.indexrelid, k, false) FROM generate_series(1, i.indnkeyatts) k ORDER BY k),"
            + " pg_get_expr(i.indpred, i.indrelid), am.amname,"
            + " ARRAY(SELECT a.attname FROM generate_series(i.indnkeyatts + 1, i.indnatts) k JOIN pg_attribute a"
            + " ON a.attrelid = i.indrelid AND a.attnum = i.indkey[k - 1] ORDER BY k)"
            + " FROM pg_index i JOIN pg_class ic ON ic.oid = i.indexrelid JOIN pg_am am ON am.oid = ic.relam"
            + String.format(IN_SCHEMA, "i.indrelid")
            + " AND NOT EXISTS (SELECT 1 FROM pg_constraint own WHERE own.conindid = i.indexrelid"
            + " AND own.conrelid = i.indrelid AND own.contype IN ('p', 'u', 'x'))"
            + " ORDER BY i.indrelid, ic.relname";

    /**
     * The schema's sequences but those a column owns: a serial's ('a', as {@code OWNED BY} makes it) and an
     * identity's ('i') belong to that column, which reads as auto-incrementing.
     */
    private static final String SEQUENCES = "SELECT c.relname, s.seqstart, s.seqincrement FROM pg_sequence s"
            + " JOIN pg_class c ON c.oid = s.seqrelid JOIN pg_namespace n ON n.oid = c.relnamespace"
            + " WHERE n.nspname = current_schema() AND NOT EXISTS (SELECT 1 FROM pg_depend d"
            + " WHERE d.classid = 'pg_class'::regclass AND d.objid = s.seqrelid"
            + " AND d.refclassid = 'pg_class'::regclass AND d.deptype IN ('a', 'i')) ORDER BY c.relname";

    private PostgresCatalogReader() {
    }

    /** The schema of {@code connection}'s current schema, without the tables and sequences named in {@code exclude}. */
    public static Schema read(Connection connection, Set<String> exclude) throws SQLException {
        Map<Long, Parts> tables = new LinkedHashMap<>();
        query(connection, TABLES + " ORDER BY c.relname", rs -> {
            if (!exclude.contains(rs.getString(2))) {
                tables.put(rs.getLong(1), new Parts(rs.getString(2), rs.getString(3)));
            }
        });
        query(connection, COLUMNS, rs -> on(tables, rs, parts -> {
            ColumnType type = CatalogTypes.of(rs.getString(3), rs.getInt(4));
            boolean autoIncrement = rs.getBoolean(6);
            parts.columns.add(new Column(rs.getString(2), type, !rs.getBoolean(5), autoIncrement,
                    autoIncrement ? null : CatalogDefaults.of(rs.getString(7), type, rs.getBoolean(9)), rs.getString(8)));
        }));
        query(connection, CONSTRAINTS, rs -> on(tables, rs, parts -> parts.constraints.add(constraint(rs))));
        query(connection, INDEXES, rs -> on(tables, rs, parts -> parts.indexes.add(
                new Index(rs.getString(2), keys(rs.getArray(4), rs.getArray(5)), rs.getBoolean(3), rs.getString(6),
                        rs.getString(7), strings(rs.getArray(8))))));
        List<Sequence> sequences = new ArrayList<>();
        query(connection, SEQUENCES, rs -> {
            if (!exclude.contains(rs.getString(1))) {
                sequences.add(new Sequence(rs.getString(1), rs.getLong(2), rs.getLong(3)));
            }
        });
        return new Schema(tables.values().stream().map(Parts::table).toList(), sequences);
    }

    /** The names of the columns {@code keys} (an attnum array) of relation {@code relation}, in key order. */
    private static String names(String keys, String relation) {
        return "ARRAY(SELECT a.attname FROM unnest(" + keys + ") WITH ORDINALITY k(num, pos) JOIN pg_attribute a"
                + " ON a.attrelid = " + relation + " AND a.attnum = k.num ORDER BY k.pos)";
    }

    private static TableConstraint constraint(ResultSet rs) throws SQLException {
        String name = rs.getString(2);
        List<String> columns = strings(rs.getArray(4));
        return switch (rs.getString(3)) {
            case "p" -> new TableConstraint.PrimaryKey(name, columns);
            case "u" -> new TableConstraint.Unique(name, columns);
            case "f" -> new TableConstraint.ForeignKey(name, columns, rs.getString(5), strings(rs.getArray(6)),
                    action(rs.getString(7)), action(rs.getString(8)));
            default -> new TableConstraint.Check(name, rs.getString(9));
        };
    }

    /** {@code pg_constraint.confdeltype}/{@code confupdtype}; 'a' (NO ACTION, the default) is null. */
    private static ReferentialAction action(String code) {
        return switch (code) {
            case "c" -> ReferentialAction.CASCADE;
            case "n" -> ReferentialAction.SET_NULL;
            case "d" -> ReferentialAction.SET_DEFAULT;
            case "r" -> ReferentialAction.RESTRICT;
            default -> null;
        };
    }

    private static List<IndexKey> keys(Array columns, Array definitions) throws SQLException {
        List<String> names = strings(columns);
        List<String> texts = strings(definitions);
        List<IndexKey> keys = new ArrayList<>(names.size());
        for (int k = 0; k < names.size(); k++) {
            keys.add(names.get(k) != null ? IndexKey.of(names.get(k)) : IndexKey.expression(texts.get(k)));
        }
        return keys;
    }

    private static List<String> strings(Array array) throws SQLException {
        return Arrays.asList((String[]) array.getArray());
    }

    private static void query(Connection connection, String sql, Row row) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql); ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                row.read(rs);
            }
        }
    }

    /** Hands the row to its table's parts; rows of excluded tables (and of partitions, for columns) are skipped. */
    private static void on(Map<Long, Parts> tables, ResultSet rs, Row.Of<Parts> use) throws SQLException {
        Parts parts = tables.get(rs.getLong(1));
        if (parts != null) {
            use.read(parts);
        }
    }

    @FunctionalInterface
    private interface Row {
        void read(ResultSet rs) throws SQLException;

        @FunctionalInterface
        interface Of<T> {
            void read(T target) throws SQLException;
        }
    }

    /** A table's pieces as the queries deliver them. */
    private static final class Parts {
        final String name;
        final String comment;
        final List<Column> columns = new ArrayList<>();
        final List<TableConstraint> constraints = new ArrayList<>();
        final List<Index> indexes = new ArrayList<>();

        Parts(String name, String comment) {
            this.name = name;
            this.comment = comment;
        }

        Table table() {
            return new Table(name, columns, constraints, indexes, comment);
        }
    }
}
