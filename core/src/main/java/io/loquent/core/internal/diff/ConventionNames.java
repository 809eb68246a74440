package io.loquent.core.internal.diff;

import io.loquent.api.schema.TableConstraint;
import io.loquent.core.internal.dsl.NamingConvention;
import java.util.List;
import java.util.Optional;

/**
 * Whether the naming convention gives a constraint its recorded name, so that a revision may leave the name to the
 * convention ({@code string(255).unique()}, {@code t.check("positive", ...)}) and still build the same record.
 */
final class ConventionNames {
    /** Cannot occur in a name the convention expands, so it marks where a check's own name goes. */
    private static final String MARK = "\0";
    private final NamingConvention naming;

    ConventionNames(NamingConvention naming) {
        this.naming = naming;
    }

    boolean isPrimaryKey(String table, TableConstraint.PrimaryKey key) {
        return key.name().equals(naming.primaryKeyName(table));
    }

    boolean isUnique(String table, TableConstraint.Unique unique) {
        return unique.name().equals(naming.uniqueName(table, unique.columns()));
    }

    /** Whether {@code .unique()} on {@code column}'s spec declares exactly {@code unique}. */
    boolean isColumnUnique(String table, String column, TableConstraint.Unique unique) {
        return unique.columns().equals(List.of(column)) && isUnique(table, unique) && unique.deferral() == null;
    }

    /** Whether {@code .foreignKey("table.column")} on {@code column}'s spec declares exactly {@code key}. */
    boolean isColumnForeignKey(String table, String column, TableConstraint.ForeignKey key) {
        return key.columns().equals(List.of(column)) && key.deferral() == null
                && key.referencedColumns().get(0).indexOf('.') < 0
                && key.name().equals(naming.foreignKeyName(table, key.columns(), key.referencedTable()));
    }

    /**
     * The name to give {@code check(name, condition)} so that the convention turns it into {@code check}'s name, if
     * there is one: {@code positive} for {@code ck_products_positive} under the default {@code ck_%table_%name}.
     */
    Optional<String> checkArgument(String table, TableConstraint.Check check) {
        String probe = naming.checkName(table, MARK);
        int at = probe.indexOf(MARK);
        if (at < 0 || probe.indexOf(MARK, at + 1) >= 0) {
            return Optional.empty();
        }
        String prefix = probe.substring(0, at);
        String suffix = probe.substring(at + MARK.length());
        String name = check.name();
        if (name.length() <= prefix.length() + suffix.length() || !name.startsWith(prefix) || !name.endsWith(suffix)) {
            return Optional.empty();
        }
        String argument = name.substring(prefix.length(), name.length() - suffix.length());
        return naming.checkName(table, argument).equals(name) ? Optional.of(argument) : Optional.empty();
    }
}
