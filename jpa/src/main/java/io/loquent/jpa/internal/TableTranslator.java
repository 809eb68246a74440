package io.loquent.jpa.internal;

import io.loquent.api.model.ModelNaming;
import io.loquent.api.schema.Column;
import io.loquent.api.schema.Index;
import io.loquent.api.schema.IndexKey;
import io.loquent.api.schema.Table;
import io.loquent.api.schema.TableConstraint;
import io.loquent.jpa.internal.RecordingTableGenerator.DerivedKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.persistence.internal.helper.DatabaseTable;
import org.eclipse.persistence.tools.schemaframework.CheckConstraint;
import org.eclipse.persistence.tools.schemaframework.FieldDefinition;
import org.eclipse.persistence.tools.schemaframework.IndexDefinition;
import org.eclipse.persistence.tools.schemaframework.TableDefinition;

/**
 * A table of the schema model from one of EclipseLink's table definitions: its columns in EclipseLink's order, its
 * primary key, its unique constraints ({@code @UniqueConstraint} and {@code unique = true}), its foreign keys, its
 * indexes ({@code @Index}), its checks ({@code @CheckConstraint}, which reach EclipseLink's table but not its DDL)
 * and its comment. What the model leaves unnamed is named by the host's naming convention; EclipseLink's own
 * generated names ({@code UNQ_books_0}, {@code INDEX_books_title}) are never reported.
 */
final class TableTranslator {
    /** EclipseLink's prefix of the name it gives an unnamed {@code @Index}: {@code INDEX_<table>_<columns>}. */
    private static final String UNNAMED_INDEX = "INDEX_";

    private final ModelNaming naming;
    private final Identifiers identifiers;
    private final ColumnTranslator columns;
    private final ForeignKeys foreignKeys;

    TableTranslator(ModelNaming naming, Identifiers identifiers, MappingFacts facts, ColumnTypes types) {
        this.naming = naming;
        this.identifiers = identifiers;
        this.columns = new ColumnTranslator(facts, identifiers, types);
        this.foreignKeys = new ForeignKeys(naming, identifiers);
    }

    /** The table {@code definition} describes; {@code identity} says whether its key is an identity column. */
    @SuppressWarnings("removal") // TableDefinition.getTable(): the only link to a table's checks and named uniques
    Table translate(TableDefinition definition, boolean identity, List<DerivedKey> keys) {
        String name = identifiers.table(definition);
        List<Column> columnList = new ArrayList<>();
        List<String> keyColumns = new ArrayList<>();
        List<TableConstraint> constraints = new ArrayList<>();
        List<List<String>> uniques = new ArrayList<>();
        for (FieldDefinition field : definition.getFields()) {
            ColumnTranslator.Translated translated = columns.translate(name, field, identity && field.isIdentity());
            columnList.add(translated.column());
            if (field.isPrimaryKey()) {
                keyColumns.add(translated.column().name());
            }
            if (translated.unique()) {
                uniques.add(List.of(translated.column().name()));
            }
        }
        List<String> names = columnList.stream().map(Column::name).toList();
        if (!keyColumns.isEmpty()) {
            constraints.add(new TableConstraint.PrimaryKey(naming.primaryKey(name), keyColumns));
        }
        DatabaseTable table = definition.getTable();
        constraints.addAll(uniques(name, table, names, uniques));
        constraints.addAll(foreignKeys.of(name, definition, keys, table == null ? null : table.getForeignKeyConstraints()));
        constraints.addAll(checks(table));
        String comment = definition.getComment() == null || definition.getComment().isBlank() ? null
                : definition.getComment();
        return new Table(name, columnList, constraints, indexes(name, table, definition.getIndexes(), names), comment);
    }

    private List<TableConstraint.Unique> uniques(String name, DatabaseTable table, List<String> columns,
                                                 List<List<String>> fromFields) {
        List<TableConstraint.Unique> result = new ArrayList<>();
        if (table != null && table.hasUniqueConstraints()) {
            for (Map.Entry<String, List<List<String>>> entry : table.getUniqueConstraints().entrySet()) {
                for (List<String> written : entry.getValue()) {
                    String what = "unique constraint " + (entry.getKey() == null ? "" : "'" + entry.getKey() + "' ")
                            + "of table '" + name + "'";
                    List<String> resolved = identifiers.resolve(written, columns, what);
                    String given = entry.getKey() == null || entry.getKey().isBlank() ? null : entry.getKey();
                    addUnique(result, given == null ? naming.unique(name, resolved) : given, resolved);
                }
            }
        }
        for (List<String> single : fromFields) {
            addUnique(result, naming.unique(name, single), single);
        }
        return result;
    }

    private static void addUnique(List<TableConstraint.Unique> result, String name, List<String> columns) {
        if (result.stream().noneMatch(u -> Set.copyOf(u.columns()).equals(Set.copyOf(columns)))) {
            result.add(new TableConstraint.Unique(name, columns));
        }
    }

    private List<Index> indexes(String name, DatabaseTable table, List<IndexDefinition> definitions, List<String> columns) {
        List<Index> result = new ArrayList<>();
        for (IndexDefinition definition : definitions) {
            String what = "index '" + definition.getName() + "' of table '" + name + "'";
            List<String> resolved = identifiers.resolve(definition.getFields(), columns, what);
            String generated = UNNAMED_INDEX + (table == null ? name : table.getName()) + "_"
                    + String.join("_", definition.getFields().stream().map(String::trim).toList());
            String indexName = definition.getName() == null || definition.getName().equals(generated)
                    ? naming.index(name, resolved) : identifiers.plain(definition.getName());
            boolean known = result.stream().anyMatch(i -> i.columns().equals(resolved) && i.unique() == definition.isUnique());
            if (!known) {
                result.add(new Index(indexName, resolved.stream().map(IndexKey::of).toList(), definition.isUnique(), null));
            }
        }
        return result;
    }

    private List<TableConstraint.Check> checks(DatabaseTable table) {
        if (table == null || table.getCheckConstraints() == null) {
            return List.of();
        }
        List<TableConstraint.Check> result = new ArrayList<>();
        for (CheckConstraint check : table.getCheckConstraints().values()) {
            result.add(new TableConstraint.Check(identifiers.plain(check.getName()), check.getConstraint()));
        }
        return result;
    }
}
