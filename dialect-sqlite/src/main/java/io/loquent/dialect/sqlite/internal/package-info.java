/**
 * Internal: the SQLite table rebuild behind {@link io.loquent.dialect.sqlite.SqliteDialect}. Not API; it may change
 * in any release. Use {@link io.loquent.dialect.sqlite.SqliteDialect} instead.
 *
 * <p>The pieces, in the order a rebuild uses them: {@code SqlLexer} and {@code CreateTableParser} read a table's
 * {@code CREATE TABLE} text; {@link io.loquent.dialect.sqlite.internal.TableCatalog} reads it and everything around it
 * (indexes, triggers, views, the foreign keys of other tables) from the live database;
 * {@link io.loquent.dialect.sqlite.internal.RebuildNeeds} decides whether ALTER TABLE can make a change natively;
 * {@code RebuildPlanner} applies the changes to a {@code TableDraft}; {@code DraftChecks} and {@code RowChecks}
 * refuse what would lose rows, constraints or objects; {@code RebuildWriter} writes SQLite's procedure for general
 * table changes; {@link io.loquent.dialect.sqlite.internal.TableRebuild} ties them together.
 *
 * <p>Reflection reuses the same parser: {@link io.loquent.dialect.sqlite.internal.SqliteCatalogReader} reads every
 * table with a fixed number of pragma queries, {@code ReflectedTable} builds each table of the schema model from them
 * and its {@code CREATE TABLE} text, with {@code DeclaredTypes}, {@code DeclaredDefaults} and
 * {@code CreateIndexParser} for types, defaults and index keys.
 */
package io.loquent.dialect.sqlite.internal;
