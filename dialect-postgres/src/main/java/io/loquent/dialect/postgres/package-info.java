/**
 * The PostgreSQL dialect, found by {@link java.util.ServiceLoader} for {@code jdbc:postgresql:} URLs. Its one public
 * type is {@link io.loquent.dialect.postgres.PostgresDialect}; the renderer behind it is internal.
 */
package io.loquent.dialect.postgres;
