package io.loquent.dialect.mysql.internal;

import io.loquent.api.schema.Column;
import io.loquent.api.schema.ColumnType;
import io.loquent.api.schema.Generated;
import io.loquent.api.schema.Index;
import io.loquent.api.schema.IndexKey;
import io.loquent.api.schema.ReferentialAction;
import io.loquent.api.schema.Table;
import io.loquent.api.schema.TableConstraint;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One table's rows of the catalogue queries of {@link MySqlCatalogReader}, gathered as they come and turned into a
 * {@link Table} at the end. Constraints come out as primary key, unique constraints, foreign keys, checks, each kind
 * by name (the catalogue keeps no order of declaration); indexes by name.
 */
final class CatalogTable {
    private final String name;
    private final String comment;
    private final List<Column> columns = new ArrayList<>();
    private final Set<String> jsonColumns = new HashSet<>();
    private final List<TableConstraint.Check> checks = new ArrayList<>();
    private final Map<String, ForeignKeyRows> foreignKeys = new LinkedHashMap<>();
    private final Map<String, KeyRows> keys = new LinkedHashMap<>();

    CatalogTable(String name, String comment) {
        this.name = name;
        this.comment = blankIsNull(comment);
    }

    /**
     * A check; MariaDB's column-level {@code json_valid(`c`)}, named after its column, is the JSON type's own and
     * marks that column as JSON instead.
     */
    void check(String constraint, String clause, boolean columnLevel) {
        if (columnLevel && clause.equals("json_valid(`" + constraint.replace("`", "``") + "`)")) {
            jsonColumns.add(constraint);
        } else {
            checks.add(new TableConstraint.Check(constraint, clause));
        }
    }

    void column(String column, String dataType, String columnType, Long length, Long precision, Long scale,
                boolean nullable, String columnDefault, String extra, String columnComment, String generation,
                boolean mariaDb) {
        ColumnType type = CatalogTypes.type(dataType, columnType, length, precision, scale,
                jsonColumns.contains(column));
        String lowerExtra = extra == null ? "" : extra.toLowerCase(Locale.ROOT);
        boolean autoIncrement = lowerExtra.contains("auto_increment");
        Generated generated = generated(generation, lowerExtra);
        columns.add(new Column(column, type, nullable, autoIncrement, generated != null ? null
                : CatalogTypes.defaultValue(columnDefault, extra, mariaDb, type), blankIsNull(columnComment), null,
                generated));
    }

    /**
     * A generated column's GENERATION_EXPRESSION (MySQL reports '' for other columns, MariaDB NULL) and whether EXTRA
     * says it is stored: MySQL's {@code STORED GENERATED}, MariaDB's {@code STORED GENERATED} or {@code PERSISTENT}.
     */
    private static Generated generated(String expression, String lowerExtra) {
        if (expression == null || expression.isBlank() || !lowerExtra.contains("generated")
                && !lowerExtra.contains("virtual") && !lowerExtra.contains("persistent")) {
            return null;
        }
        return new Generated(expression, lowerExtra.contains("stored") || lowerExtra.contains("persistent"));
    }

    void foreignKeyColumn(String constraint, String column, String referencedTable, String referencedColumn,
                          ReferentialAction onDelete, ReferentialAction onUpdate) {
        ForeignKeyRows fk = foreignKeys.computeIfAbsent(constraint,
                n -> new ForeignKeyRows(referencedTable, onDelete, onUpdate, new ArrayList<>(), new ArrayList<>()));
        fk.columns.add(column);
        fk.referencedColumns.add(referencedColumn);
    }

    /** One key part of {@code index}; {@code type} is its INDEX_TYPE (BTREE, HASH, FULLTEXT, SPATIAL). */
    void indexKey(String index, boolean unique, IndexKey key, String indexComment, String type) {
        keys.computeIfAbsent(index, n -> new KeyRows(unique, blankIsNull(indexComment), type, new ArrayList<>()))
                .keys.add(key);
    }

    Table table() {
        List<TableConstraint> constraints = new ArrayList<>();
        List<TableConstraint> uniques = new ArrayList<>();
        List<Index> indexes = new ArrayList<>();
        keys.forEach((index, rows) -> {
            boolean columnsOnly = rows.keys.stream().allMatch(k -> k.column() != null && k.length() == null);
            List<String> keyColumns = rows.keys.stream().map(IndexKey::column).toList();
            if (index.equals("PRIMARY")) {
                // The name Loquent gave the key is its comment; a key made elsewhere keeps MySQL's own name.
                constraints.add(new TableConstraint.PrimaryKey(rows.comment != null ? rows.comment : index, keyColumns));
            } else if (rows.unique && columnsOnly) {
                uniques.add(new TableConstraint.Unique(index, keyColumns));
            } else if (!isForeignKeyOwn(index, keyColumns)) {
                indexes.add(new Index(index, rows.keys, rows.unique, null, rows.type, List.of()));
            }
        });
        constraints.addAll(uniques);
        foreignKeys.forEach((fk, rows) -> constraints.add(new TableConstraint.ForeignKey(fk, rows.columns,
                rows.referencedTable, rows.referencedColumns, rows.onDelete, rows.onUpdate)));
        constraints.addAll(checks);
        return new Table(name, columns, constraints, indexes, comment);
    }

    /** Whether {@code index} is the one InnoDB made for a foreign key of that name, which had no index to use. */
    private boolean isForeignKeyOwn(String index, List<String> keyColumns) {
        ForeignKeyRows fk = foreignKeys.get(index);
        return fk != null && fk.columns.equals(keyColumns);
    }

    private static String blankIsNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }

    private record ForeignKeyRows(String referencedTable, ReferentialAction onDelete, ReferentialAction onUpdate,
                                  List<String> columns, List<String> referencedColumns) {
    }

    private record KeyRows(boolean unique, String comment, String type, List<IndexKey> keys) {
    }
}
