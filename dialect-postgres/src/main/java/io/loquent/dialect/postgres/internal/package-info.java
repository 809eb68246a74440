/**
 * Internal: how the PostgreSQL dialect renders statements and reads its catalogue. Not API; it may change in any release. Use
 * {@link io.loquent.dialect.postgres.PostgresDialect} instead.
 */
package io.loquent.dialect.postgres.internal;
