package io.loquent.api;

/**
 * The column that {@link TableBuilder#foreignId} added, with Laravel's chain for its foreign key:
 * {@code t.foreignId("user_id").constrained().cascadeOnDelete()}. Each call changes the column's spec in its table, so
 * the chain records exactly what {@code t.column("user_id", bigInteger().nullable(false).foreignKey("users.id")
 * .onDelete("CASCADE"))} records. The actions need {@code constrained(..)} first, and {@link #nullOnDelete()} a
 * column made {@link #nullable()} before it.
 */
public interface ForeignIdColumn {
    /** Allows NULL: a row that references nothing (the column is NOT NULL otherwise). */
    ForeignIdColumn nullable();

    /**
     * References {@code id} of the table guessed from the column's name, Laravel's way: the name without its
     * {@code _id}, made plural ({@code user_id} → {@code users}, {@code category_id} → {@code categories}). A name
     * without {@code _id}, or an irregular plural, needs {@link #constrained(String)}.
     */
    ForeignIdColumn constrained();

    /** References {@code id} of {@code table}. */
    ForeignIdColumn constrained(String table);

    /** References {@code column} of {@code table}. */
    ForeignIdColumn constrained(String table, String column);

    /** Deleting the referenced row deletes this one ({@code ON DELETE CASCADE}). */
    ForeignIdColumn cascadeOnDelete();

    /** Deleting the referenced row sets this column to NULL ({@code ON DELETE SET NULL}); needs {@link #nullable()}. */
    ForeignIdColumn nullOnDelete();

    /** The referenced row cannot be deleted while this one references it ({@code ON DELETE RESTRICT}). */
    ForeignIdColumn restrictOnDelete();

    /** A change of the referenced key is copied into this column ({@code ON UPDATE CASCADE}). */
    ForeignIdColumn cascadeOnUpdate();
}
