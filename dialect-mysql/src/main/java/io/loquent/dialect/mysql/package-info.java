/**
 * The MySQL and MariaDB dialect, found by {@link java.util.ServiceLoader} for {@code jdbc:mysql:} and
 * {@code jdbc:mariadb:} URLs. Its one public type is {@link io.loquent.dialect.mysql.MySqlDialect}; the renderer and
 * the catalogue reads behind it are internal.
 */
package io.loquent.dialect.mysql;
