package io.loquent.core.internal.lint;

import io.loquent.api.operation.BulkInsert;
import io.loquent.api.operation.ExecuteSql;
import io.loquent.api.operation.Operation;
import io.loquent.core.LintFinding.Severity;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Rules about the rows a revision changes. */
final class DataRules {
    /** The statements that change rows, and the table each changes. */
    private static final Pattern DML = Pattern.compile("(?is)\\s*(?:UPDATE\\s+(?:ONLY\\s+)?|DELETE\\s+FROM\\s+"
            + "|INSERT\\s+INTO\\s+|MERGE\\s+INTO\\s+)([\\w.\"`\\[\\]]+).*");
    /** Statements that change the schema. */
    private static final Pattern DDL = Pattern.compile("(?is)\\s*(?:CREATE|ALTER|DROP|RENAME|TRUNCATE|COMMENT)\\b.*");

    private DataRules() {
    }

    /** What {@code operation} is to a revision: a schema change, a change of rows, or neither (a read, a comment). */
    enum Kind { SCHEMA, DATA, OTHER }

    static Kind kind(Operation operation) {
        if (operation instanceof BulkInsert) {
            return Kind.DATA;
        }
        if (operation instanceof ExecuteSql sql) {
            return DML.matcher(sql.sql()).matches() ? Kind.DATA : DDL.matcher(sql.sql()).matches() ? Kind.SCHEMA
                    : Kind.OTHER;
        }
        return Kind.SCHEMA;
    }

    /** The table a row change writes to, unquoted; null when it cannot be read. */
    static String table(Operation operation) {
        if (operation instanceof BulkInsert insert) {
            return insert.table();
        }
        Matcher m = operation instanceof ExecuteSql sql ? DML.matcher(sql.sql()) : null;
        return m != null && m.matches() ? m.group(1).replaceAll("[\"`\\[\\]]", "") : null;
    }

    /**
     * LQ003: a revision that changes the schema and rows together (rows of a table it creates aside). Where DDL is transactional the update runs while
     * the schema change's locks are held; where it is not, a failed update leaves the schema changed and the rows
     * half done; and neither can be retried on its own. Reported once per revision, at the statement that mixes.
     */
    static final class SchemaAndData extends RuleBase {
        SchemaAndData() {
            super("LQ003");
        }

        @Override
        public void check(Operation operation, Site site, Consumer<Rule.Flag> report) {
            Kind kind = kind(operation);
            boolean mixes = kind == Kind.DATA && site.schemaChangesSoFar() > 0 && site.dataChangesSoFar() == 0
                    || kind == Kind.SCHEMA && site.dataChangesSoFar() > 0 && site.schemaChangesSoFar() == 0;
            if (!mixes) {
                return;
            }
            String table = kind == Kind.DATA ? table(operation) : null;
            if (table != null && site.createdHere().contains(table)) {
                return; // rows of a table the revision creates: seeding it holds nothing up
            }
            Severity severity = table != null && site.existing(table) ? site.bySize(table) : Severity.INFO;
            String what = table == null ? "rows" : "rows of " + site.sized(table);
            report.accept(flag(severity, "the revision changes the schema and " + what + " together: "
                    + (site.database().equals("mysql") || site.database().equals("mariadb") ? "MySQL commits the schema change at once, so a failed update leaves it half done"
                    : "the update runs while the schema change's locks are held, in one transaction")
                    + ", and neither part can be retried alone", "move the row changes (op.update, op.bulkInsert, or"
                    + " the UPDATE) into a revision of their own, after the schema change"));
        }
    }
}
