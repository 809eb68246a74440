package io.loquent.dialect.postgres.internal;

import io.loquent.api.schema.Column;
import io.loquent.api.schema.ColumnType;
import io.loquent.api.schema.Generated;
import io.loquent.api.schema.Identity;
import io.loquent.api.schema.Index;
import io.loquent.api.schema.IndexKey;
import io.loquent.api.schema.ReferentialAction;
import io.loquent.api.schema.Schema;
import io.loquent.api.schema.Sequence;
import io.loquent.api.schema.View;
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
 * Reads the tables and sequences of the connection's {@code current_schema()} (and the tables of further schemas, named {@code schema.table}) from {@code pg_catalog} in five queries,
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
    /** The schemas read: the current one, and those of the array bound as the query's one parameter. */
    private static final String SCHEMAS = "(n.nspname = current_schema() OR n.nspname = ANY(?))";

    private static final String IN_SCHEMA = " JOIN pg_class c ON c.oid = %s JOIN pg_namespace n ON n.oid = c.relnamespace"
            + " WHERE " + SCHEMAS + " AND c.relkind IN ('r', 'p')";

    /** A table of the current schema is named bare, one of another schema {@code schema.table}. */
    private static final String TABLES = "SELECT c.oid, CASE WHEN n.nspname = current_schema() THEN c.relname"
            + " ELSE n.nspname || '.' || c.relname END, obj_description(c.oid, 'pg_class')"
            + " FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE " + SCHEMAS
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
            + " col_description(a.attrelid, a.attnum), current_setting('standard_conforming_strings') = 'on',"
            + " t.typtype, format_type(a.atttypid, a.atttypmod), et.typname, et.typtype,"
            + " COALESCE(labels.names, '{}'::name[]),"
            + " a.attidentity, a.attgenerated, CASE WHEN a.attgenerated <> '' THEN pg_get_expr(d.adbin, d.adrelid) END,"
            + " ident.seqstart, ident.seqincrement"
            + " FROM pg_attribute a JOIN pg_type t ON t.oid = a.atttypid"
            + " LEFT JOIN pg_type et ON et.oid = t.typelem AND t.typcategory = 'A'"
            + " LEFT JOIN (SELECT enumtypid, array_agg(enumlabel ORDER BY enumsortorder) AS names FROM pg_enum"
            + " GROUP BY enumtypid) labels ON labels.enumtypid = COALESCE(et.oid, t.oid)"
            + " LEFT JOIN (SELECT i.refobjid, i.refobjsubid, q.seqstart, q.seqincrement FROM pg_depend i"
            + " JOIN pg_sequence q ON q.seqrelid = i.objid WHERE i.classid = 'pg_class'::regclass AND i.deptype = 'i')"
            + " ident ON ident.refobjid = a.attrelid AND ident.refobjsubid = a.attnum"
            + " LEFT JOIN (SELECT DISTINCT s.refobjid, s.refobjsubid FROM pg_depend s JOIN pg_class sc"
            + " ON sc.oid = s.objid WHERE s.classid = 'pg_class'::regclass AND sc.relkind = 'S' AND s.deptype = 'a')"
            + " owned ON owned.refobjid = a.attrelid AND owned.refobjsubid = a.attnum"
            + " LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum"
            + String.format(IN_SCHEMA, "a.attrelid") + " AND a.attnum > 0 AND NOT a.attisdropped"
            + " ORDER BY a.attrelid, a.attnum";

    private static final String CONSTRAINTS = "SELECT con.conrelid, con.conname, con.contype, " + names("con.conkey", "con.conrelid")
            + ", CASE WHEN fn.nspname = current_schema() THEN f.relname ELSE fn.nspname || '.' || f.relname END, "
            + names("con.confkey", "con.confrelid") + ", con.confdeltype, con.confupdtype,"
            + " pg_get_expr(con.conbin, con.conrelid), con.condeferrable, con.condeferred"
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

    /** The schema's views, with their queries as PostgreSQL rewrote them. */
    private static final String VIEWS = "SELECT c.relname, pg_get_viewdef(c.oid) FROM pg_class c"
            + " JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = current_schema() AND c.relkind = 'v'"
            + " ORDER BY c.relname";

    private PostgresCatalogReader() {
    }

    /**
     * The tables of {@code connection}'s current schema and of {@code schemas}, and the current schema's sequences
     * and views, without the tables, sequences and views named in {@code exclude}.
     */
    public static Schema read(Connection connection, Set<String> exclude, Set<String> schemas) throws SQLException {
        Array names = connection.createArrayOf("text", schemas.toArray());
        Map<Long, Parts> tables = new LinkedHashMap<>();
        query(connection, names, TABLES + " ORDER BY n.nspname <> current_schema(), n.nspname, c.relname", rs -> {
            if (!exclude.contains(rs.getString(2))) {
                tables.put(rs.getLong(1), new Parts(rs.getString(2), rs.getString(3)));
            }
        });
        query(connection, names, COLUMNS, rs -> on(tables, rs, parts -> {
            ColumnType type = CatalogTypes.of(new CatalogTypes.Row(rs.getString(3), rs.getInt(4), rs.getString(10),
                    rs.getString(11), rs.getString(12), rs.getString(13), strings(rs.getArray(14))));
            boolean autoIncrement = rs.getBoolean(6);
            parts.columns.add(new Column(rs.getString(2), type, !rs.getBoolean(5), autoIncrement,
                    autoIncrement ? null : CatalogDefaults.of(rs.getString(7), type, rs.getBoolean(9)), rs.getString(8),
                    identity(rs), rs.getString(17) == null ? null : new Generated(rs.getString(17), true)));
        }));
        query(connection, names, CONSTRAINTS, rs -> on(tables, rs, parts -> parts.constraints.add(constraint(rs))));
        query(connection, names, INDEXES, rs -> on(tables, rs, parts -> parts.indexes.add(
                new Index(rs.getString(2), keys(rs.getArray(4), rs.getArray(5)), rs.getBoolean(3), rs.getString(6),
                        rs.getString(7), strings(rs.getArray(8))))));
        List<Sequence> sequences = new ArrayList<>();
        query(connection, null, SEQUENCES, rs -> {
            if (!exclude.contains(rs.getString(1))) {
                sequences.add(new Sequence(rs.getString(1), rs.getLong(2), rs.getLong(3)));
            }
        });
        List<View> views = new ArrayList<>();
        query(connection, null, VIEWS, rs -> {
            if (!exclude.contains(rs.getString(1))) {
                views.add(new View(rs.getString(1), withoutSemicolon(rs.getString(2).strip())));
            }
        });
        return new Schema(tables.values().stream().map(Parts::table).toList(), sequences, views);
    }

    private static String withoutSemicolon(String query) {
        return query.endsWith(";") ? query.substring(0, query.length() - 1) : query;
    }

    /**
     * An identity column's options: attidentity 'a' (ALWAYS) or 'd' (BY DEFAULT), its sequence's start and increment;
     * null for other columns (a serial's sequence is its own object, read as a plain auto-increment).
     */
    private static Identity identity(ResultSet rs) throws SQLException {
        String kind = rs.getString(15);
        if (kind == null || kind.isEmpty() || rs.getObject(18) == null) {
            return null;
        }
        return new Identity(rs.getLong(18), rs.getLong(19), kind.equals("a"));
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
            case "u" -> new TableConstraint.Unique(name, columns, deferral(rs));
            case "f" -> new TableConstraint.ForeignKey(name, columns, rs.getString(5), strings(rs.getArray(6)),
                    action(rs.getString(7)), action(rs.getString(8)), deferral(rs));
            default -> new TableConstraint.Check(name, rs.getString(9));
        };
    }

    /** {@code pg_constraint.condeferrable} and {@code condeferred}; null for a constraint that is not deferrable. */
    private static TableConstraint.Deferral deferral(ResultSet rs) throws SQLException {
        return !rs.getBoolean(10) ? null
                : rs.getBoolean(11) ? TableConstraint.Deferral.DEFERRED : TableConstraint.Deferral.IMMEDIATE;
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

    /** Runs {@code sql}, with {@code schemas} bound as its parameter unless null, and hands each row to {@code row}. */
    private static void query(Connection connection, Array schemas, String sql, Row row) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            if (schemas != null) {
                statement.setArray(1, schemas);
            }
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    row.read(rs);
                }
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
