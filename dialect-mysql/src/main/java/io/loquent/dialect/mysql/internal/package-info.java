/**
 * Internal: how the MySQL dialect renders statements and reads the current definition of columns and constraints
 * from information_schema. Not API; it may change in any release. Use {@link io.loquent.dialect.mysql.MySqlDialect}
 * instead.
 */
package io.loquent.dialect.mysql.internal;
