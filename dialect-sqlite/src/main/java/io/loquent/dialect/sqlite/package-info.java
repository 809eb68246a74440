/** The SQLite dialect: found through {@link java.util.ServiceLoader} for {@code jdbc:sqlite:} URLs. */
package io.loquent.dialect.sqlite;
