package io.loquent.dialect.sqlite;

import io.loquent.api.LoquentException;
import io.loquent.api.dialect.AnsiRenderer;
import io.loquent.api.dialect.KnownSchema;
import io.loquent.api.dialect.NotSupportedException;
import io.loquent.api.dialect.RenderContext;
import io.loquent.api.operation.AddColumn;
import io.loquent.api.operation.AddConstraint;
import io.loquent.api.operation.AlterColumn;
import io.loquent.api.operation.BatchAlterTable;
import io.loquent.api.operation.CreateSequence;
import io.loquent.api.operation.CreateView;
import io.loquent.api.operation.CreateTable;
import io.loquent.api.operation.DropColumn;
import io.loquent.api.operation.DropConstraint;
import io.loquent.api.operation.DropSequence;
import io.loquent.api.operation.DropView;
import io.loquent.api.operation.ExecuteSql;
import io.loquent.api.operation.Operation;
import io.loquent.api.operation.RenameColumn;
import io.loquent.api.operation.RenameTable;
import io.loquent.api.operation.SetTableComment;
import io.loquent.api.schema.Column;
import io.loquent.api.schema.ColumnType;
import io.loquent.api.schema.TableConstraint;
import io.loquent.dialect.sqlite.internal.Deferrals;
import io.loquent.dialect.sqlite.internal.EnumChecks;
import io.loquent.dialect.sqlite.internal.IdentityOptions;
import io.loquent.dialect.sqlite.internal.KnownTable;
import io.loquent.dialect.sqlite.internal.RebuildNeeds;
import io.loquent.dialect.sqlite.internal.SqlWords;
import io.loquent.dialect.sqlite.internal.Statements;
import io.loquent.dialect.sqlite.internal.TableCatalog;
import io.loquent.dialect.sqlite.internal.TableRebuild;
import io.loquent.dialect.sqlite.internal.TableSnapshot;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * SQLite's statements. What ALTER TABLE can do natively (rename a table or column, add a column with a constant
 * default, drop a column nothing else uses) is rendered directly; anything else rebuilds the table
 * ({@link TableRebuild}) from its current definition: read from the live connection online, and offline from the
 * schema the revision history builds up to the operation ({@link KnownTable}).
 */
final class SqliteRenderer extends AnsiRenderer {
    /** Why a rebuild cannot be rendered with neither a connection nor the replayed history, and what to do. */
    static final String NO_DEFINITION_ADVICE = "this needs a table rebuild, which restates the table's current"
            + " definition, and an operation rendered on its own has neither a database to read it from nor the"
            + " revision history to replay it from. Render it as part of a script (upgrade --sql), run it online, or"
            + " write the rebuild with op.execute(...) following https://www.sqlite.org/lang_altertable.html#otheralter";

    private final SqliteDialect dialect;
    private final SqlWords words;

    SqliteRenderer(SqliteDialect dialect, RenderContext context) {
        super(dialect, context);
        this.dialect = dialect;
        this.words = new SqlWords() {
            @Override
            public String quote(String identifier) {
                return dialect.quote(identifier);
            }

            @Override
            public String literal(Object value) {
                return dialect.literal(value);
            }

            @Override
            public String type(ColumnType type) {
                return dialect.typeSql(type);
            }

            @Override
            public String defaultValue(io.loquent.api.schema.DefaultValue value) {
                return dialect.defaultSql(value);
            }
        };
    }

    /** An integer auto-increment key must be declared INTEGER to become SQLite's rowid alias. */
    @Override
    protected String columnDefinition(Column column, List<TableConstraint> tableConstraints) {
        IdentityOptions.refuse(column);
        if (column.autoIncrement()) {
            if (!isSolePrimaryKey(column.name(), tableConstraints)) {
                throw new NotSupportedException("sqlite", "auto-increment column '" + column.name() + "'",
                        "only a table's single INTEGER primary-key column auto-increments in SQLite");
            }
            Column asInteger = new Column(column.name(), ColumnType.of(ColumnType.Kind.INTEGER), column.nullable(),
                    true, column.defaultValue(), column.comment());
            return super.columnDefinition(asInteger, tableConstraints);
        }
        String definition = super.columnDefinition(column, tableConstraints);
        return column.type().kind() != ColumnType.Kind.ENUM ? definition : definition + " "
                + EnumChecks.clause(column.name(), column.type(), this::q, dialect::literal).body();
    }

    private static boolean isSolePrimaryKey(String column, List<TableConstraint> constraints) {
        return constraints.stream().anyMatch(c -> c instanceof TableConstraint.PrimaryKey pk
                && pk.columns().equals(List.of(column)));
    }

    /** The rowid alias needs no keyword (AUTOINCREMENT would only forbid reusing the ids of deleted rows). */
    @Override
    protected String autoIncrementClause() {
        return "";
    }

    /**
     * One statement each: the SQLite driver runs only the first statement of a text and drops the rest silently
     * (see {@link Statements}).
     */
    @Override
    public List<String> executeSql(ExecuteSql op) {
        return Statements.split(op.sql());
    }

    /** SQLite keeps no comments: nothing to run, as for the comments of a new table. */
    @Override
    public List<String> setTableComment(SetTableComment op) {
        return List.of();
    }

    /** SQLite keeps no comments; like Alembic, Loquent leaves them out rather than fail. */
    @Override
    protected List<String> comments(CreateTable op) {
        return List.of();
    }

    @Override
    protected List<String> columnComment(String table, String column, String comment) {
        return List.of();
    }

    /**
     * Modern {@code RENAME TO} also rewrites the foreign keys, triggers and views that name the table; with
     * {@code PRAGMA legacy_alter_table} on it would leave them naming a table that no longer exists, so the rename
     * runs with the pragma off and puts it back.
     */
    @Override
    public List<String> renameTable(RenameTable op) {
        List<String> rename = super.renameTable(op);
        boolean legacy = context().connection().map(SqliteRunHooks::legacyAlterTable).orElse(false);
        return legacy
                ? List.of("PRAGMA legacy_alter_table = OFF", rename.get(0), "PRAGMA legacy_alter_table = ON")
                : rename;
    }

    /** ADD COLUMN with its foreign key inline (SQLite allows a named REFERENCES clause there); else a rebuild. */
    @Override
    public List<String> addColumn(AddColumn op) {
        String reason = RebuildNeeds.of(op, null);
        if (reason != null) {
            return rebuild(op, op.table(), null, List.of(op), List.of(reason));
        }
        Column column = op.column();
        StringBuilder sql = new StringBuilder("ALTER TABLE ").append(qt(op.table())).append(" ADD COLUMN ");
        String definition = columnDefinition(column, List.of());
        if (context().connection().map(c -> TableCatalog.isStrict(c, op.table())).orElse(false)) {
            // a STRICT table takes only its six type names; the rest of the definition stays as rendered
            String typed = q(column.name()) + " " + words.type(column.type());
            definition = q(column.name()) + " " + SqlWords.strictType(column.type())
                    + definition.substring(typed.length());
        }
        sql.append(definition);
        for (TableConstraint constraint : op.constraints()) {
            TableConstraint.ForeignKey fk = (TableConstraint.ForeignKey) constraint;
            sql.append(" CONSTRAINT ").append(q(fk.name())).append(" REFERENCES ").append(qt(fk.referencedTable()))
                    .append(" (").append(qList(fk.referencedColumns())).append(')')
                    .append(fk.onDelete() == null ? "" : " ON DELETE " + fk.onDelete().sql())
                    .append(fk.onUpdate() == null ? "" : " ON UPDATE " + fk.onUpdate().sql());
        }
        return List.of(sql.toString());
    }

    /** Native unless something else uses the column (an index, a key, a check), which needs a rebuild. */
    @Override
    public List<String> dropColumn(DropColumn op) {
        TableSnapshot snapshot = snapshotOrNull(op.table());
        String reason = RebuildNeeds.of(op, snapshot);
        return reason == null ? super.dropColumn(op)
                : rebuild(op, op.table(), snapshot, List.of(op), List.of(reason));
    }

    /** A rename alone is native; a change of type, nullability or default rebuilds the table. */
    @Override
    public List<String> alterColumn(AlterColumn op) {
        String reason = RebuildNeeds.of(op, null);
        if (reason != null) {
            return rebuild(op, op.table(), null, List.of(op), List.of(reason));
        }
        return op.newName() == null ? List.of() : renameColumn(new RenameColumn(op.table(), op.column(), op.newName()));
    }

    @Override
    public List<String> addConstraint(AddConstraint op) {
        return rebuild(op, op.table(), null, List.of(op), List.of(op.describe()));
    }

    @Override
    public List<String> dropConstraint(DropConstraint op) {
        return rebuild(op, op.table(), null, List.of(op), List.of(op.describe()));
    }

    /**
     * One rebuild for the whole batch when some change needs one (AUTO) or always (ALWAYS); each change natively when
     * none does; NEVER refuses a batch that needs a rebuild.
     */
    @Override
    public List<String> batchAlterTable(BatchAlterTable op) {
        TableSnapshot snapshot = snapshotOrNull(op.table());
        List<String> reasons = op.operations().stream().map(o -> RebuildNeeds.of(o, snapshot))
                .filter(Objects::nonNull).toList();
        if (op.recreate() == BatchAlterTable.Recreate.NEVER && !reasons.isEmpty()) {
            throw new NotSupportedException("sqlite", op.describe() + " with recreate NEVER", "only a table rebuild"
                    + " can make " + String.join("; ", reasons) + ". Allow one with recreate AUTO, or move those"
                    + " changes out of the batch");
        }
        if (reasons.isEmpty()) {
            if (op.recreate() != BatchAlterTable.Recreate.ALWAYS) {
                return super.batchAlterTable(op);
            }
            reasons = List.of("recreate ALWAYS");
        }
        return rebuild(op, op.table(), snapshot, op.operations(), reasons);
    }

    /**
     * An index column in backticks, which SQLite takes only as an identifier: a double-quoted name that is no column
     * would be taken as a string constant, and the index built on it ({@code createIndex("ix", "t", "lower(y)")}
     * once indexed the text 'lower(y)'). Expressions and WHERE are SQLite's own; a method, INCLUDE and prefix
     * lengths are refused by the standard rendering. CONCURRENTLY has no meaning here (SQLite builds any index under
     * its one write lock) and changes nothing.
     */
    @Override
    protected String indexColumn(String column) {
        return "`" + column.replace("`", "``") + "`";
    }

    @Override
    public List<String> createSequence(CreateSequence op) {
        throw noSequences(op);
    }

    @Override
    public List<String> dropSequence(DropSequence op) {
        throw noSequences(op);
    }

    /** SQLite defers foreign keys only. */
    @Override
    protected String deferral(TableConstraint constraint, TableConstraint.Deferral deferral) {
        return Deferrals.clause(constraint, deferral);
    }

    /** SQLite has no {@code CREATE OR REPLACE VIEW}: the view is dropped if it exists and created again. */
    @Override
    public List<String> createView(CreateView op) {
        if (!op.replace()) {
            return super.createView(op);
        }
        List<String> statements = new ArrayList<>(dropView(new DropView(op.view().name(), true)));
        statements.addAll(super.createView(new CreateView(op.view(), false)));
        return statements;
    }

    private static NotSupportedException noSequences(Operation op) {
        return new NotSupportedException("sqlite", op.describe(), "SQLite has no sequences. Let an INTEGER PRIMARY KEY"
                + " column number the rows (JPA GenerationType.IDENTITY), or keep the counter in a table"
                + " (GenerationType.TABLE)");
    }

    /**
     * The rebuild of {@code table}, from {@code snapshot} when the table was read already. Online the rows are
     * checked first; offline the database checks them as the script runs.
     */
    private List<String> rebuild(Operation op, String table, TableSnapshot snapshot, List<Operation> changes,
                                 List<String> reasons) {
        qt(table); // refuses a schema before the catalogue is read for a table it could never find
        Connection connection = context().connection().orElse(null);
        TableSnapshot current = snapshot;
        if (current == null && connection != null) {
            current = TableCatalog.read(connection, table, words);
        } else if (current == null) {
            KnownSchema known = context().schema()
                    .orElseThrow(() -> new NotSupportedException(dialect.name(), op.describe(), NO_DEFINITION_ADVICE));
            try {
                current = KnownTable.snapshot(known, table, o -> o.accept(this));
            } catch (NotSupportedException e) {
                throw e;
            } catch (LoquentException e) {
                throw new NotSupportedException(dialect.name(), op.describe(), "this needs a table rebuild, which"
                        + " restates the table's current definition, and " + e.getMessage());
            }
        }
        return TableRebuild.render(connection, current, changes, reasons, words);
    }

    /**
     * The table as it is now: read online, replayed offline; null when it cannot be known, and the native path
     * decides (SQLite itself refuses a DROP COLUMN it cannot do).
     */
    private TableSnapshot snapshotOrNull(String table) {
        qt(table); // a schema is refused, not taken for an unknown table
        try {
            if (context().connection().isPresent()) {
                return TableCatalog.read(context().connection().get(), table, words);
            }
            return context().schema().map(known -> KnownTable.snapshot(known, table, o -> o.accept(this)))
                    .orElse(null);
        } catch (LoquentException e) {
            return null;
        }
    }
}
