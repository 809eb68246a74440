package io.loquent.dialect.sqlite.internal;

import io.loquent.api.LoquentException;
import io.loquent.api.schema.Column;
import io.loquent.api.schema.ColumnType;
import io.loquent.api.schema.Generated;
import io.loquent.api.schema.Index;
import io.loquent.api.schema.IndexKey;
import io.loquent.api.schema.ReferentialAction;
import io.loquent.api.schema.Table;
import io.loquent.api.schema.TableConstraint;
import io.loquent.api.schema.TableConstraint.Kind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * One table of the model from its parsed {@code CREATE TABLE} text and the pragma rows
 * {@link SqliteCatalogReader} read for it. Constraints come in declaration order (column clauses, then table
 * constraints) with the names the text gives them; a constraint declared without a name gets PostgreSQL's
 * default name ({@code t_pkey}, {@code t_a_key}, {@code t_a_fkey}, {@code t_check}, numbered when taken), since
 * the model needs one and SQLite keeps none. A foreign key's action NO ACTION, SQLite's default, is null.
 */
final class ReflectedTable {
    private final String name;
    private final TableDefinition definition;
    private final Map<String, List<String>> primaryKeys;
    private final Map<String, String> spelling = new LinkedHashMap<>();

    /** A constraint whose name may still be missing. */
    private record Pending(String name, Kind kind, List<String> columns, Function<String, TableConstraint> make) {
    }

    ReflectedTable(String name, String createSql, Map<String, List<String>> primaryKeys) {
        this.name = name;
        this.primaryKeys = primaryKeys;
        try {
            this.definition = CreateTableParser.parse(createSql);
        } catch (SqlSyntaxException e) {
            throw unreadable("its CREATE TABLE statement could not be read (" + e.getMessage() + ")");
        }
        definition.columns().forEach(c -> spelling.put(SqlToken.key(c.name()), c.name()));
    }

    Table build(List<String[]> columnRows, List<String[]> foreignKeyRows, List<String[]> indexRows,
                Map<String, List<String[]>> keyRows) {
        List<String> reported = columnRows.stream().map(r -> r[1]).toList();
        if (!reported.equals(definition.columns().stream().map(ColumnDefinition::name).toList())) {
            throw unreadable("its CREATE TABLE statement names other columns than the " + reported
                    + " SQLite reports");
        }
        String rowid = definition.rowidAlias();
        List<Column> columns = new ArrayList<>();
        for (int i = 0; i < columnRows.size(); i++) {
            String[] r = columnRows.get(i);
            ColumnType type = enumerationOr(definition.columns().get(i), DeclaredTypes.of(r[2]));
            boolean alias = r[1].equalsIgnoreCase(rowid == null ? "" : rowid);
            columns.add(new Column(r[1], type, "0".equals(r[3]) && !alias, alias, DeclaredDefaults.of(r[4], type),
                    null, null, generated(definition.columns().get(i), r[6])));
        }
        return new Table(name, columns, constraints(foreignKeys(foreignKeyRows)), indexes(indexRows, keyRows), null);
    }

    /** A TEXT column with its own {@code CHECK (c IN (...))} is an enumeration ({@link EnumChecks}). */
    private static ColumnType enumerationOr(ColumnDefinition column, ColumnType declared) {
        if (declared.kind() != ColumnType.Kind.TEXT) {
            return declared;
        }
        return column.clauses().stream().map(c -> EnumChecks.values(column.name(), c)).filter(v -> v != null)
                .findFirst().map(v -> ColumnType.enumeration(null, v).withNativeName(declared.nativeName()))
                .orElse(declared);
    }

    /**
     * A generated column's generation: {@code hidden} is 2 for a virtual and 3 for a stored one in
     * {@code PRAGMA table_xinfo}; the expression is the one its {@code GENERATED ALWAYS AS (…)} clause writes.
     */
    private static Generated generated(ColumnDefinition column, String hidden) {
        if (!"2".equals(hidden) && !"3".equals(hidden)) {
            return null;
        }
        String body = column.clauses().stream().filter(c -> c.kind() == ColumnClause.Kind.GENERATED)
                .map(ColumnClause::body).findFirst().orElseThrow();
        return new Generated(body.substring(body.indexOf('(') + 1, body.lastIndexOf(')')).strip(), "3".equals(hidden));
    }

    private List<TableConstraint> constraints(List<String[][]> foreignKeys) {
        List<Pending> pending = new ArrayList<>();
        for (ColumnDefinition column : definition.columns()) {
            boolean enumeration = enumerationOr(column, DeclaredTypes.of(column.type())).kind() == ColumnType.Kind.ENUM;
            for (ColumnClause clause : column.clauses()) {
                if (enumeration && EnumChecks.values(column.name(), clause) != null) {
                    continue; // the enumeration's own check, read as its type
                }
                Kind kind = switch (clause.kind()) {
                    case PRIMARY_KEY -> Kind.PRIMARY_KEY;
                    case UNIQUE -> Kind.UNIQUE;
                    case CHECK -> Kind.CHECK;
                    case REFERENCES -> Kind.FOREIGN_KEY;
                    default -> null;
                };
                if (kind != null) {
                    pending.add(pending(kind, clause.name(), List.of(column.name()), clause.body(), foreignKeys));
                }
            }
        }
        for (TableConstraintDefinition c : definition.constraints()) {
            pending.add(pending(c.kind(), c.name(), c.columns(), c.body(), foreignKeys));
        }
        Set<String> taken = new HashSet<>();
        pending.stream().filter(p -> p.name() != null).forEach(p -> taken.add(SqlToken.key(p.name())));
        return pending.stream().map(p -> p.make().apply(p.name() != null ? p.name() : unnamed(p, taken))).toList();
    }

    private Pending pending(Kind kind, String constraintName, List<String> written, String body,
                            List<String[][]> foreignKeys) {
        List<String> columns = written.stream().map(this::spelled).toList();
        return new Pending(constraintName, kind, columns, switch (kind) {
            case PRIMARY_KEY -> n -> new TableConstraint.PrimaryKey(n, columns);
            case UNIQUE -> n -> new TableConstraint.Unique(n, columns);
            case CHECK -> n -> new TableConstraint.Check(n, CreateTableParser.checkCondition(body));
            case FOREIGN_KEY -> foreignKey(columns, foreignKeys, CreateTableParser.deferral(body));
        });
    }

    /** The foreign key SQLite reports for these child columns, taken out of {@code foreignKeys} so none is used twice. */
    private Function<String, TableConstraint> foreignKey(List<String> columns, List<String[][]> foreignKeys,
                                                         TableConstraint.Deferral deferral) {
        for (String[][] rows : foreignKeys) {
            List<String> from = java.util.Arrays.stream(rows).map(r -> spelled(r[3])).toList();
            if (from.equals(columns)) {
                foreignKeys.remove(rows);
                String parent = rows[0][2];
                List<String> to = java.util.Arrays.stream(rows).map(r -> r[4]).toList();
                List<String> referenced = to.contains(null) ? parentKey(parent) : to;
                return n -> new TableConstraint.ForeignKey(n, columns, parent, referenced, action(rows[0][6]),
                        action(rows[0][5]), deferral);
            }
        }
        throw unreadable("SQLite reports no foreign key on " + columns + " where its CREATE TABLE statement has one");
    }

    private List<String> parentKey(String parent) {
        List<String> key = primaryKeys.get(SqlToken.key(parent));
        if (key == null || key.isEmpty()) {
            throw unreadable("a foreign key references table '" + parent + "' without naming its columns, and '"
                    + parent + "' has no primary key");
        }
        return key;
    }

    private static ReferentialAction action(String text) {
        ReferentialAction action = ReferentialAction.parse(text);
        return action == ReferentialAction.NO_ACTION ? null : action;
    }

    /** The pragma rows of each foreign key (grouped by id), in declaration order. */
    private static List<String[][]> foreignKeys(List<String[]> rows) {
        Map<String, List<String[]>> byId = new LinkedHashMap<>();
        rows.forEach(r -> byId.computeIfAbsent(r[1], k -> new ArrayList<>()).add(r));
        List<String[][]> keys = new ArrayList<>();
        byId.values().forEach(group -> keys.add(group.toArray(new String[0][])));
        return keys;
    }

    private String unnamed(Pending p, Set<String> taken) {
        String columns = String.join("_", p.columns());
        String base = name + "_" + switch (p.kind()) {
            case PRIMARY_KEY -> "pkey";
            case UNIQUE -> columns + "_key";
            case FOREIGN_KEY -> columns + "_fkey";
            case CHECK -> "check";
        };
        String candidate = base;
        for (int i = 1; !taken.add(SqlToken.key(candidate)); i++) {
            candidate = base + i;
        }
        return candidate;
    }

    private List<Index> indexes(List<String[]> indexRows, Map<String, List<String[]>> keyRows) {
        List<Index> indexes = new ArrayList<>();
        for (String[] ix : indexRows) {
            CreateIndexParser.Parsed parsed;
            try {
                parsed = CreateIndexParser.parse(ix[4]);
            } catch (SqlSyntaxException e) {
                throw unreadable("the CREATE INDEX statement of index '" + ix[1] + "' could not be read ("
                        + e.getMessage() + ")");
            }
            List<IndexKey> keys = new ArrayList<>();
            List<String[]> rows = keyRows.getOrDefault(SqlToken.key(ix[1]), List.of());
            for (int i = 0; i < rows.size(); i++) {
                keys.add("-2".equals(rows.get(i)[1]) ? IndexKey.expression(parsed.keys().get(i))
                        : IndexKey.of(spelled(rows.get(i)[2])));
            }
            indexes.add(new Index(ix[1], keys, "1".equals(ix[2]), "1".equals(ix[3]) ? parsed.where() : null));
        }
        return indexes;
    }

    /** A column name as the table declares it (SQLite matches names ignoring case). */
    private String spelled(String column) {
        return spelling.getOrDefault(SqlToken.key(column), column);
    }

    private LoquentException unreadable(String why) {
        return new LoquentException("cannot reflect table '" + name + "': " + why
                + ". Recreate the table with a plain CREATE TABLE statement, or exclude it from reflection");
    }
}
