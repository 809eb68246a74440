package io.loquent.core.internal.lint;

import io.loquent.api.operation.AddColumn;
import io.loquent.api.operation.AlterColumn;
import io.loquent.api.operation.CreateTable;
import io.loquent.api.operation.Operation;
import io.loquent.api.schema.Column;
import io.loquent.api.schema.ColumnType;
import io.loquent.core.LintFinding.Severity;
import java.util.List;
import java.util.function.Consumer;

/** Rules about the column types a revision declares or changes. */
final class TypeRules {
    private TypeRules() {
    }

    /** The columns {@code operation} declares: a new table's, or an added one. */
    private static List<Column> declared(Operation operation) {
        if (operation instanceof CreateTable create) {
            return create.columns();
        }
        return Rules.added(operation).stream().map(AddColumn::column).toList();
    }

    /**
     * PG007: {@code timestamp} without time zone stores the wall-clock time of whatever zone the writer was in;
     * PostgreSQL's advice is {@code timestamptz}, which stores an instant. Information: a project may mean local
     * times.
     */
    static final class TimestampWithoutTimeZone extends RuleBase {
        TimestampWithoutTimeZone() {
            super("PG007", "postgresql");
        }

        @Override
        public void check(Operation operation, Site site, Consumer<Rule.Flag> report) {
            for (Column c : declared(operation)) {
                if (c.type().kind() == ColumnType.Kind.TIMESTAMP && !c.type().timeZone()) {
                    report.accept(flag(Severity.INFO, c.name() + " is a timestamp without time zone, which keeps the"
                            + " clock time of the writer's zone and loses the instant", "timestamp().withTimeZone()"
                            + " (timestamptz), or t.timestampsTz() for created_at and updated_at"));
                }
            }
        }
    }

    /**
     * MY002: MySQL and MariaDB change a column's type by copying the table (ALGORITHM=COPY), blocking writes while
     * they do, unless the change only widens a varchar within the same length prefix (INPLACE). Sized by the table.
     */
    static final class MySqlCopyingAlter extends RuleBase {
        /** utf8mb4 takes up to 4 bytes a character: up to 63 characters fit a one-byte length prefix. */
        private static final int ONE_BYTE_PREFIX = 63;

        MySqlCopyingAlter() {
            super("MY002", "mysql", "mariadb");
        }

        @Override
        public void check(Operation operation, Site site, Consumer<Rule.Flag> report) {
            for (AlterColumn alter : Rules.typeChanges(operation, site, (from, to) -> from.equals(to)
                    || inPlace(from, to))) {
                report.accept(flag(site.bySize(alter.table()), "changing the type of " + alter.table() + "."
                        + alter.column() + " copies " + site.sized(alter.table()) + " (ALGORITHM=COPY), blocking"
                        + " writes to it until the copy is done", "add a column of the new type, fill it in"
                        + " batches, switch the application, then drop the old one in a later revision; or run it"
                        + " with an online schema tool (gh-ost, pt-online-schema-change)"));
            }
        }

        /** A longer varchar whose length prefix keeps its size: changed in place. */
        private static boolean inPlace(ColumnType from, ColumnType to) {
            return from.kind() == ColumnType.Kind.STRING && to.kind() == ColumnType.Kind.STRING
                    && to.length() >= from.length()
                    && (to.length() <= ONE_BYTE_PREFIX) == (from.length() <= ONE_BYTE_PREFIX);
        }
    }
}
