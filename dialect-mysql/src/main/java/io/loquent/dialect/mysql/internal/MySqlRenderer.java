package io.loquent.dialect.mysql.internal;

import io.loquent.api.LoquentException;
import io.loquent.api.dialect.AlterTableClauses;
import io.loquent.api.dialect.KnownSchema;
import io.loquent.api.dialect.AnsiRenderer;
import io.loquent.api.dialect.NotSupportedException;
import io.loquent.api.dialect.RenderContext;
import io.loquent.api.operation.AddColumn;
import io.loquent.api.operation.AddConstraint;
import io.loquent.api.operation.AlterColumn;
import io.loquent.api.operation.BatchAlterTable;
import io.loquent.api.operation.ColumnPosition;
import io.loquent.api.operation.CreateIndex;
import io.loquent.api.operation.CreateSequence;
import io.loquent.api.operation.CreateTable;
import io.loquent.api.operation.DropColumn;
import io.loquent.api.operation.DropConstraint;
import io.loquent.api.operation.DropIndex;
import io.loquent.api.operation.DropSequence;
import io.loquent.api.operation.Operation;
import io.loquent.api.operation.RenameColumn;
import io.loquent.api.operation.SetTableComment;
import io.loquent.api.operation.RenameTable;
import io.loquent.api.schema.Column;
import io.loquent.api.schema.DefaultValue;
import io.loquent.api.schema.Table;
import io.loquent.api.schema.TableConstraint;
import io.loquent.dialect.mysql.MySqlDialect;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * MySQL's statements where they differ from standard SQL. Comments are part of the column and table definitions;
 * changes to one table are clauses of one ALTER TABLE; and changing a column restates its whole definition
 * ({@code MODIFY COLUMN}, {@code CHANGE COLUMN} to rename as well), read from information_schema when online.
 *
 * <p>Offline, the schema the revision history builds up to the operation stands for the catalogue: a column is
 * restated with the type, nullability, default, comment and AUTO_INCREMENT the history gave it, a constraint's kind
 * and a foreign key's own index come from the replayed table. {@code existingType} and {@code existingNullable}, when
 * given, override the replayed column (and are the only knowledge where raw SQL has made the table unknowable).
 * Changes to the default alone ({@code ALTER COLUMN … SET DEFAULT}) and renames alone ({@code RENAME COLUMN}, MySQL
 * 8.0 and MariaDB 10.5) need no definition.
 */
public class MySqlRenderer extends AnsiRenderer {
    private final MySqlDialect dialect;
    private final CommentText comments;

    public MySqlRenderer(MySqlDialect dialect, RenderContext context) {
        super(dialect, context);
        this.dialect = dialect;
        this.comments = new CommentText(dialect, context);
    }

    @Override
    protected String columnDefinition(Column column, List<TableConstraint> tableConstraints) {
        requireMySqlIdentity(column);
        return q(column.name()) + " " + ColumnState.of(column, dialect).definition(dialect, comments);
    }

    /**
     * An identity's start is the table's {@code AUTO_INCREMENT = n}; its increment is the server's
     * {@code auto_increment_increment} for every table, and explicit values are always taken, so those are refused.
     */
    private void requireMySqlIdentity(Column column) {
        if (column.identity() == null) {
            return;
        }
        String what = "create identity column '" + column.name() + "' with " + column.identity();
        if (column.identity().increment() != 1) {
            throw new NotSupportedException(dialect.name(), what, "MySQL and MariaDB step every AUTO_INCREMENT by"
                    + " the server variable auto_increment_increment, not per column. Leave the increment at 1"
                    + " (startingValue(n)), or use a MariaDB sequence with createSequence");
        }
        if (column.identity().always()) {
            throw new NotSupportedException(dialect.name(), what, "MySQL and MariaDB always accept explicit values"
                    + " for an AUTO_INCREMENT column. Leave identityAlways() out, or refuse such values with a trigger");
        }
    }

    /** {@code AUTO_INCREMENT = n} for the start of the table's identity column, or null when it has none. */
    private static String identityStart(List<Column> columns) {
        return columns.stream().filter(c -> c.identity() != null).findFirst()
                .map(c -> "AUTO_INCREMENT = " + c.identity().start()).orElse(null);
    }

    @Override
    protected String tableOptions(CreateTable op) {
        String start = identityStart(op.columns());
        return (start == null ? "" : " " + start)
                + (op.comment() == null ? "" : " COMMENT=" + comments.literal(op.comment()));
    }

    /** MySQL and MariaDB check every constraint at each statement and defer none. */
    @Override
    protected String deferral(TableConstraint constraint, TableConstraint.Deferral deferral) {
        if (deferral != null) {
            throw new NotSupportedException("mysql", "defer " + (constraint instanceof TableConstraint.Unique
                    ? "unique constraint '" : "foreign key '") + constraint.name() + "'", "MySQL and"
                    + " MariaDB check constraints at each statement and cannot defer them. Keep it immediate, and"
                    + " write the rows in an order that satisfies it at every statement");
        }
        return "";
    }

    /**
     * A primary key with its Loquent name as the key's COMMENT: MySQL calls every primary key {@code PRIMARY} and
     * drops the name given, so the comment is where the catalogue keeps it, for {@code dropConstraint} by that name.
     */
    @Override
    protected String constraintDefinition(TableConstraint constraint, List<Column> columns) {
        String sql = super.constraintDefinition(constraint, columns);
        return constraint instanceof TableConstraint.PrimaryKey ? sql + " COMMENT " + comments.literal(constraint.name())
                : sql;
    }

    /** {@code ALTER TABLE t COMMENT = '…'}; an empty comment is how MySQL removes one. */
    @Override
    public List<String> setTableComment(SetTableComment op) {
        return List.of("ALTER TABLE " + qt(op.table()) + " COMMENT = "
                + comments.literal(op.comment() == null ? "" : op.comment()));
    }

    /** None: MySQL has no COMMENT ON; {@link #columnDefinition} and {@link #tableOptions} write comments inline. */
    @Override
    protected List<String> comments(CreateTable op) {
        return List.of();
    }

    /** One ALTER TABLE that adds the column with its constraints: an AUTO_INCREMENT column must be a key at once. */
    @Override
    public List<String> addColumn(AddColumn op) {
        return fold(op.table(), List.of(op));
    }

    @Override
    public List<String> alterColumn(AlterColumn op) {
        return fold(op.table(), List.of(op));
    }

    /**
     * {@code CREATE [UNIQUE] INDEX name ON table (keys)}: columns with their prefix lengths, expressions as MySQL
     * 8.0.13's functional key parts (refused on MariaDB, which has none); concurrently, {@code ALGORITHM=INPLACE
     * LOCK=NONE}, which fails rather than block writes where the server cannot build it online.
     */
    @Override
    public List<String> createIndex(CreateIndex op) {
        return List.of("CREATE " + (op.unique() ? "UNIQUE " : "") + "INDEX " + q(op.name()) + " ON " + qt(op.table())
                + " (" + mysqlIndexKeys(op) + ")" + online(op.concurrently()));
    }

    /** Concurrently as ALTER TABLE: MariaDB's DROP INDEX takes no ALGORITHM or LOCK (MySQL's does). */
    @Override
    public List<String> dropIndex(DropIndex op) {
        if (op.ifExists()) {
            MariaDb.require(context(), op, "has no DROP INDEX IF EXISTS (MariaDB 10.1.4 and later has)."
                    + " Drop the index with dropIndex, in a revision that knows it exists");
        }
        return List.of(op.concurrently() ? "ALTER TABLE " + qt(op.table()) + " DROP INDEX " + ifExists(op.ifExists())
                + q(op.name()) + ", ALGORITHM=INPLACE, LOCK=NONE"
                : "DROP INDEX " + ifExists(op.ifExists()) + q(op.name()) + " ON " + qt(op.table()));
    }

    private static String online(boolean concurrently) {
        return concurrently ? " ALGORITHM=INPLACE LOCK=NONE" : "";
    }

    /** The keys of {@code op}'s index, after refusing what MySQL and MariaDB indexes cannot say. */
    private String mysqlIndexKeys(CreateIndex op) {
        if (op.index().where() != null) {
            throw refuseIndex(op, "WHERE condition (partial index)", "index all rows, or keep the rows apart in a"
                    + " table of their own");
        }
        if (op.index().method() != null) {
            throw refuseIndex(op, "USING " + op.index().method(), "InnoDB builds B-tree indexes only (it takes USING"
                    + " HASH as BTREE); leave out using(...)");
        }
        if (!op.index().include().isEmpty()) {
            throw refuseIndex(op, "INCLUDE columns", "make them keys after the others (i.column(...))");
        }
        if (op.index().keys().stream().anyMatch(k -> k.expression() != null)) {
            MariaDb.requireExpressionKeys(context(), op);
        }
        return indexKeys(op);
    }

    /** A column with its prefix length, {@code `name`(10)}; an expression in parentheses, as MySQL wants it. */
    @Override
    protected String indexKey(CreateIndex op, io.loquent.api.schema.IndexKey key) {
        return key.column() != null && key.length() != null ? q(key.column()) + "(" + key.length() + ")"
                : super.indexKey(op, key);
    }

    @Override
    public List<String> dropConstraint(DropConstraint op) {
        return List.of("ALTER TABLE " + qt(op.table()) + " " + dropConstraintClause(op));
    }

    /** The new name with the table's database: MySQL's RENAME TO a bare name moves the table to the current one. */
    @Override
    protected String renamedTable(RenameTable op) {
        return qt(op.renamedTable());
    }

    @Override
    public List<String> batchAlterTable(BatchAlterTable op) {
        return fold(op.table(), op.operations());
    }

    /**
     * MariaDB's {@code CREATE SEQUENCE} (10.3+), the standard statement. MySQL has no sequences, which only the server
     * can tell: online a MySQL server is refused with advice, offline the statement is written for MariaDB.
     */
    @Override
    public List<String> createSequence(CreateSequence op) {
        MariaDb.requireSequences(context(), op);
        return super.createSequence(op);
    }

    @Override
    public List<String> dropSequence(DropSequence op) {
        MariaDb.requireSequences(context(), op);
        return super.dropSequence(op);
    }

    /**
     * Changes to {@code table} as clauses of as few ALTER TABLEs as MySQL allows, in order. Any operation that is not
     * a clause (a table rename, a drop) runs as its own statements, which is always correct.
     */
    private List<String> fold(String table, List<Operation> changes) {
        AlterTableClauses out = new AlterTableClauses("ALTER TABLE " + qt(table) + " ");
        ColumnStates columns = new ColumnStates(table, dialect,
                context().connection().map(c -> new MySqlCatalog(c, dialect)).orElse(null),
                context().schema().orElse(null));
        for (Operation change : changes) {
            if (change instanceof AddColumn op) {
                List<String> names = new ArrayList<>(List.of(column(op.column().name())));
                List<String> clauses = new ArrayList<>();
                clauses.add("ADD COLUMN " + columnDefinition(op.column(), List.of()) + position(op.position()));
                for (TableConstraint constraint : op.constraints()) {
                    names.add(key(constraint.name()));
                    clauses.add("ADD " + constraintDefinition(constraint, List.of()));
                }
                String start = identityStart(List.of(op.column()));
                if (start != null) {
                    clauses.add(start);
                }
                out.addClauses(names, clauses);
                columns.added(op.column());
            } else if (change instanceof DropColumn op) {
                out.addClauses(List.of(column(op.column())), List.of("DROP COLUMN " + q(op.column())));
                columns.dropped(op.column());
            } else if (change instanceof RenameColumn op) {
                out.addClauses(List.of(column(op.column()), column(op.newName())),
                        List.of("RENAME COLUMN " + q(op.column()) + " TO " + q(op.newName())));
                columns.renamed(op.column(), op.newName());
            } else if (change instanceof AlterColumn op) {
                out.addClauses(List.of(column(op.column()), column(op.resultingName())),
                        List.of(alterColumnClause(op, columns)));
            } else if (change instanceof AddConstraint op) {
                out.addClauses(List.of(key(op.constraint().name())),
                        List.of("ADD " + constraintDefinition(op.constraint(), List.of())));
            } else if (change instanceof DropConstraint op) {
                out.addClauses(List.of(key(op.name())), List.of(dropConstraintClause(op)));
            } else if (change instanceof CreateIndex op) {
                out.addClauses(List.of(key(op.name())), List.of("ADD " + (op.unique() ? "UNIQUE " : "") + "INDEX "
                        + q(op.name()) + " (" + mysqlIndexKeys(op) + ")"));
            } else if (change instanceof DropIndex op) {
                out.addClauses(List.of(key(op.name())), List.of("DROP INDEX " + q(op.name())));
            } else {
                out.addStatements(change.accept(this));
            }
        }
        return out.finish();
    }

    /** {@code FIRST} or {@code AFTER c}, with a space before, or nothing for the end of the table. */
    private String position(ColumnPosition position) {
        if (position == null) {
            return "";
        }
        return position.first() ? " FIRST" : " AFTER " + q(position.after());
    }

    /** The key of a column in {@link AlterTableClauses}: MySQL column names ignore case. */
    private static String column(String name) {
        return AlterTableClauses.column(name.toLowerCase(Locale.ROOT));
    }

    /** The key of an index or constraint: they share one namespace per table in MySQL, and ignore case. */
    private static String key(String name) {
        return AlterTableClauses.constraint(name.toLowerCase(Locale.ROOT));
    }

    /** The one clause that performs {@code op}; see the class comment for when it needs the whole definition. */
    private String alterColumnClause(AlterColumn op, ColumnStates columns) {
        ColumnState after = columns.before(op).apply(op, dialect);
        columns.changed(op.column(), op.resultingName(), after);
        boolean definitionKept = op.newType() == null && op.nullable() == null && op.comment() == null;
        // AlterColumn changes something: with the definition kept, no rename means a default change and vice versa.
        // Only a literal default goes through SET DEFAULT: MySQL takes an expression there only in parentheses and
        // only from 8.0.23, so expression defaults restate the column instead.
        if (definitionKept && op.newName() == null && !(op.defaultChange().value() instanceof DefaultValue.Sql
                || op.defaultChange().value() instanceof DefaultValue.CurrentTimestamp)) {
            return "ALTER COLUMN " + q(op.column())
                    + (after.defaultSql() == null ? " DROP DEFAULT" : " SET DEFAULT " + after.defaultSql());
        }
        if (definitionKept && op.defaultChange() == null) {
            return "RENAME COLUMN " + q(op.column()) + " TO " + q(op.newName());
        }
        if (after.generation() != null) {
            throw new NotSupportedException(dialect.name(), op.describe(), "it is a generated column, whose"
                    + " expression Loquent does not restate. Change it with execute(sql)");
        }
        if (after.type() == null || after.nullable() == null) {
            throw new NotSupportedException(dialect.name(), op.describe(), "MySQL restates the whole column to change"
                    + " it, and offline its current " + (after.type() == null ? "type" : "nullability")
                    + " is unknown (" + columns.unknownWhy() + "). Give existingType and existingNullable to"
                    + " alterColumn, or run online so that they are read from information_schema");
        }
        return (op.newName() == null ? "MODIFY COLUMN " + q(op.column())
                : "CHANGE COLUMN " + q(op.column()) + " " + q(op.newName())) + " " + after.definition(dialect, comments);
    }

    /**
     * Whether the foreign key has the index InnoDB made for it under its name, which would outlive the key (and show
     * up as an index nobody declared). Online the catalogue tells; offline InnoDB's rule does: it makes that index
     * when no index starts with the key's columns, and drops it when one is created later, so the index exists exactly
     * when no other key or index of the replayed table starts with them. Unknown offline means left in place.
     */
    private boolean ownIndex(DropConstraint op) {
        if (context().connection().isPresent()) {
            return new MySqlCatalog(context().connection().get(), dialect).hasIndex(op.table(), op.name());
        }
        Table table = replayedTable(op.table());
        if (table == null) {
            return false;
        }
        return table.foreignKeys().stream().filter(fk -> fk.name().equalsIgnoreCase(op.name())).findFirst()
                .map(fk -> !hasIndexStartingWith(table, fk.columns())).orElse(false);
    }

    /** Whether a key or index of {@code table} lists {@code columns} first, in order, which InnoDB can use. */
    private static boolean hasIndexStartingWith(Table table, List<String> columns) {
        List<List<String>> keys = new ArrayList<>();
        table.indexes().forEach(i -> keys.add(i.columns()));
        for (TableConstraint c : table.constraints()) {
            if (c instanceof TableConstraint.PrimaryKey pk) {
                keys.add(pk.columns());
            } else if (c instanceof TableConstraint.Unique u) {
                keys.add(u.columns());
            }
        }
        List<String> wanted = columns.stream().map(n -> n.toLowerCase(Locale.ROOT)).toList();
        return keys.stream().anyMatch(k -> k.size() >= wanted.size() && k.subList(0, wanted.size()).stream()
                .map(n -> n.toLowerCase(Locale.ROOT)).toList().equals(wanted));
    }

    /** The table as the replayed history leaves it, or null when there is none or it cannot be known. */
    private Table replayedTable(String table) {
        try {
            return context().schema().map(known -> known.table(table)).orElse(null);
        } catch (LoquentException e) {
            return null;
        }
    }

    /**
     * MySQL drops each kind with its own clause. A CHECK is dropped with DROP CONSTRAINT, which MariaDB 10.2+ and
     * MySQL 8.0.19+ both accept; MySQL's DROP CHECK is refused by MariaDB.
     */
    private String dropConstraintClause(DropConstraint op) {
        TableConstraint.Kind kind = op.kind();
        if (kind == null) {
            kind = context().connection()
                    .map(c -> new MySqlCatalog(c, dialect).constraintKind(op.table(), op.name()))
                    .orElseGet(() -> replayedKind(op));
        }
        return switch (kind) {
            case PRIMARY_KEY -> "DROP PRIMARY KEY";
            case UNIQUE -> "DROP INDEX " + q(op.name());
            case FOREIGN_KEY -> "DROP FOREIGN KEY " + q(op.name()) + (ownIndex(op) ? ", DROP INDEX " + q(op.name()) : "");
            case CHECK -> "DROP CONSTRAINT " + q(op.name());
        };
    }

    /** The constraint's kind in the replayed table, offline; refused with the reason when it cannot be known. */
    private TableConstraint.Kind replayedKind(DropConstraint op) {
        String why;
        try {
            KnownSchema known = context().schema().orElse(null);
            if (known == null) {
                why = "an operation rendered on its own has no revision history to replay it from";
            } else {
                Table table = known.table(op.table());
                TableConstraint found = table.constraints().stream()
                        .filter(c -> c.name().equalsIgnoreCase(op.name())).findFirst().orElse(null);
                if (found != null) {
                    return found.kind();
                }
                why = "table " + table.name() + " has no constraint " + op.name() + " in the schema the history"
                        + " builds";
            }
        } catch (LoquentException e) {
            why = e.getMessage();
        }
        throw new NotSupportedException(dialect.name(), op.describe(), "MySQL drops each kind of constraint with its"
                + " own clause, and offline the kind is unknown (" + why + "). Pass the kind (PRIMARY_KEY, UNIQUE,"
                + " FOREIGN_KEY or CHECK) to dropConstraint, or run online so that it is read from information_schema");
    }
}
