package io.loquent.jpa.internal;

import io.loquent.api.model.ModelNaming;
import io.loquent.api.schema.ReferentialAction;
import io.loquent.api.schema.TableConstraint;
import io.loquent.jpa.internal.RecordingTableGenerator.DerivedKey;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.persistence.tools.schemaframework.ForeignKeyConstraint;
import org.eclipse.persistence.tools.schemaframework.TableDefinition;

/**
 * The foreign keys of one table: every key the generator derived from the mappings, named by the naming convention
 * unless a {@code @ForeignKey} on the same columns names it (or, with {@code ConstraintMode.NO_CONSTRAINT}, asks for
 * none); the actions of a {@code foreignKeyDefinition} and EclipseLink's {@code @CascadeOnDelete} are kept.
 */
final class ForeignKeys {
    private static final Pattern COLUMNS = Pattern.compile("(?i)FOREIGN\\s+KEY\\s*\\(([^)]*)\\)");
    private static final Pattern ACTION = Pattern.compile(
            "(?i)ON\\s+(DELETE|UPDATE)\\s+(CASCADE|SET\\s+NULL|SET\\s+DEFAULT|RESTRICT|NO\\s+ACTION)");

    private final ModelNaming naming;
    private final Identifiers identifiers;

    ForeignKeys(ModelNaming naming, Identifiers identifiers) {
        this.naming = naming;
        this.identifiers = identifiers;
    }

    /** The keys of {@code table} (called {@code name}), from the derived {@code keys} and its user-defined ones. */
    List<TableConstraint.ForeignKey> of(String name, TableDefinition table, List<DerivedKey> keys,
                                        Map<String, ForeignKeyConstraint> userDefined) {
        Collection<ForeignKeyConstraint> declared = userDefined == null ? List.of() : userDefined.values();
        List<TableConstraint.ForeignKey> result = new ArrayList<>();
        for (DerivedKey key : keys) {
            if (key.source() != table) {
                continue;
            }
            List<String> columns = plain(key.columns());
            ForeignKeyConstraint user = declared.stream().filter(u -> sameColumns(userColumns(u), columns))
                    .findFirst().orElse(null);
            if (user != null && user.isDisableForeignKey()) {
                continue;
            }
            result.add(key(name, key, columns, user));
        }
        return result;
    }

    private TableConstraint.ForeignKey key(String table, DerivedKey key, List<String> columns, ForeignKeyConstraint user) {
        String target = identifiers.table(key.target());
        List<String> targetColumns = plain(key.targetColumns());
        List<String> targetKey = plain(key.target().getPrimaryKeyFieldNames());
        if (columns.size() > 1 && targetKey.size() == targetColumns.size() && targetKey.containsAll(targetColumns)) {
            // A composite key follows the order of the referenced primary key, as EclipseLink writes it.
            List<String> ordered = new ArrayList<>();
            for (String column : targetKey) {
                ordered.add(columns.get(targetColumns.indexOf(column)));
            }
            columns = ordered;
            targetColumns = targetKey;
        }
        String definition = user == null ? null : user.getForeignKeyDefinition();
        ReferentialAction onDelete = key.cascadeOnDelete() ? ReferentialAction.CASCADE : action(definition, "DELETE");
        String name = user != null && user.getName() != null && !user.getName().isBlank()
                ? identifiers.plain(user.getName()) : naming.foreignKey(table, columns, target);
        return new TableConstraint.ForeignKey(name, columns, target, targetColumns, onDelete, action(definition, "UPDATE"));
    }

    private List<String> userColumns(ForeignKeyConstraint user) {
        if (!user.getSourceFields().isEmpty()) {
            return plain(user.getSourceFields());
        }
        Matcher matcher = user.getForeignKeyDefinition() == null ? null : COLUMNS.matcher(user.getForeignKeyDefinition());
        return matcher != null && matcher.find() ? plain(List.of(matcher.group(1).split(","))) : List.of();
    }

    private static ReferentialAction action(String definition, String event) {
        if (definition == null) {
            return null;
        }
        Matcher matcher = ACTION.matcher(definition);
        while (matcher.find()) {
            if (matcher.group(1).equalsIgnoreCase(event)) {
                return ReferentialAction.parse(matcher.group(2));
            }
        }
        return null;
    }

    private static boolean sameColumns(List<String> a, List<String> b) {
        return a.size() == b.size() && a.stream().map(c -> c.toUpperCase(Locale.ROOT)).toList()
                .containsAll(b.stream().map(c -> c.toUpperCase(Locale.ROOT)).toList());
    }

    private List<String> plain(List<String> names) {
        return names.stream().map(n -> identifiers.plain(n.trim())).toList();
    }
}
