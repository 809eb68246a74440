/**
 * The SQLite dialect: found through {@link java.util.ServiceLoader} for {@code jdbc:sqlite:} URLs. What SQLite's
 * ALTER TABLE cannot do, it does by rebuilding the table from its current definition, read on the live connection.
 */
package io.loquent.dialect.sqlite;
