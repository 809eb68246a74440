/**
 * Internal: how the PostgreSQL dialect renders statements. Not API; it may change in any release. Use
 * {@link io.loquent.dialect.postgres.PostgresDialect} instead.
 */
package io.loquent.dialect.postgres.internal;
