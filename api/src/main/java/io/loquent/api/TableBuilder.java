package io.loquent.api;

import io.loquent.api.schema.TableConstraint;
import java.util.List;
import java.util.function.Consumer;

/**
 * The body of {@link Op#createTable}: columns, then table-level keys, constraints and indexes. Unnamed constraints
 * and indexes are named by the naming convention.
 *
 * <p>The Laravel conveniences ({@link #id()}, {@link #foreignId}, {@link #softDeletes()}, {@link #morphs},
 * {@link #rememberToken()}, ...) are short forms with Laravel's meaning: each adds the columns, keys and indexes that
 * the long form with {@link #column} would, so they record the same operations and every dialect handles them.
 */
public interface TableBuilder {
    /** Adds a column. */
    TableBuilder column(String name, ColumnSpec spec);

    /** Adds {@code created_at} and {@code updated_at}: NOT NULL timestamps defaulting to the time of insertion. */
    TableBuilder timestamps();

    /** Laravel's {@code timestampsTz()}: {@link #timestamps()} as timestamps with time zone. */
    TableBuilder timestampsTz();

    /** Laravel's {@code id()}: {@code id}, a big-integer auto-increment primary key. */
    default TableBuilder id() {
        return id("id");
    }

    /** A big-integer auto-increment primary key called {@code name}. */
    TableBuilder id(String name);

    /** A primary key {@code id} holding a UUID ({@link Types#uuid()}), which the application assigns. */
    default TableBuilder uuidPrimaryKey() {
        return uuidPrimaryKey("id");
    }

    /** A primary key called {@code name} holding a UUID. */
    TableBuilder uuidPrimaryKey(String name);

    /** A primary key {@code id} holding a ULID ({@link Types#ulid()}), which the application assigns. */
    default TableBuilder ulidPrimaryKey() {
        return ulidPrimaryKey("id");
    }

    /** A primary key called {@code name} holding a ULID. */
    TableBuilder ulidPrimaryKey(String name);

    /**
     * Laravel's {@code foreignId(column)}: a NOT NULL big integer, the type of {@link #id()}, whose foreign key
     * {@link ForeignIdColumn#constrained()} declares.
     */
    ForeignIdColumn foreignId(String column);

    /** As {@link #foreignId}, holding a UUID, to reference a {@link #uuidPrimaryKey()}. */
    ForeignIdColumn foreignUuid(String column);

    /** As {@link #foreignId}, holding a ULID, to reference a {@link #ulidPrimaryKey()}. */
    ForeignIdColumn foreignUlid(String column);

    /** Laravel's {@code softDeletes()}: {@code deleted_at}, a nullable timestamp. */
    default TableBuilder softDeletes() {
        return softDeletes("deleted_at");
    }

    /** A nullable timestamp called {@code column}, set when a row is deleted softly. */
    TableBuilder softDeletes(String column);

    /** Laravel's {@code rememberToken()}: {@code remember_token}, a nullable {@code string(100)}. */
    TableBuilder rememberToken();

    /**
     * Laravel's {@code morphs(name)}, the two columns of a polymorphic relation: {@code name_type}, a NOT NULL
     * {@code string(255)}, and {@code name_id}, a NOT NULL big integer, with an index over both.
     */
    TableBuilder morphs(String name);

    /** As {@link #morphs}, with both columns nullable: the relation is optional. */
    TableBuilder nullableMorphs(String name);

    /** A primary key over several columns (for one column, {@code primaryKey()} on its spec is shorter). */
    TableBuilder primaryKey(String... columns);

    /** A primary key with the given name rather than the convention's. */
    TableBuilder primaryKeyNamed(String name, String... columns);

    /** A unique constraint over several columns, named by the convention. */
    TableBuilder unique(String... columns);

    /** A unique constraint with the given name. */
    TableBuilder uniqueNamed(String name, String... columns);

    /**
     * A deferrable unique constraint with the given name, or the convention's when it is null (see
     * {@link Op#createUniqueConstraint(String, String, TableConstraint.Deferral, String...)}). PostgreSQL only.
     */
    TableBuilder uniqueNamed(String name, TableConstraint.Deferral deferral, String... columns);

    /** A CHECK constraint named by the convention from {@code name} ({@code ck_%table_%name}); the condition is SQL. */
    TableBuilder check(String name, String condition);

    /** A CHECK constraint called exactly {@code name}, outside the naming convention; the condition is SQL. */
    TableBuilder checkNamed(String name, String condition);

    /**
     * A foreign key from {@code columns} to {@code referencedColumns} of {@code referencedTable}, for keys that
     * {@code foreignKey("table.column")} on a column spec cannot declare: over several columns, or with a name of
     * its own. {@code name} may be null for the convention's.
     */
    default TableBuilder foreignKey(String name, String referencedTable, List<String> columns,
                                    List<String> referencedColumns) {
        return foreignKey(name, referencedTable, columns, referencedColumns, null, null);
    }

    /**
     * As {@link #foreignKey(String, String, List, List)}, with what it does when the referenced row is deleted and
     * when its key changes ({@code "CASCADE"}, {@code "SET NULL"}, ...); either action may be null for the
     * database's default.
     */
    TableBuilder foreignKey(String name, String referencedTable, List<String> columns, List<String> referencedColumns,
                            String onDelete, String onUpdate);

    /**
     * As {@link #foreignKey(String, String, List, List, String, String)}, deferrable: checked when the transaction
     * commits ({@link TableConstraint.Deferral#DEFERRED}) or at each statement unless a transaction defers it
     * ({@link TableConstraint.Deferral#IMMEDIATE}). PostgreSQL and SQLite; MySQL and MariaDB refuse it.
     */
    TableBuilder foreignKey(String name, String referencedTable, List<String> columns, List<String> referencedColumns,
                            String onDelete, String onUpdate, TableConstraint.Deferral deferral);

    /** An index over the columns, created right after the table and named by the convention. */
    TableBuilder index(String... columns);

    /**
     * An index from a spec ({@link IndexSpec}), created right after the table; {@code name} may be null for the
     * convention's. A new table is empty, so {@code concurrently()} is refused here.
     */
    TableBuilder index(String name, Consumer<IndexSpec> spec);

    /** A comment on the table. */
    TableBuilder comment(String text);
}
