/**
 * The service-provider interface for database dialects. A dialect implements {@link io.loquent.api.dialect.Dialect}
 * (usually by extending {@link io.loquent.api.dialect.AnsiDialect} and overriding what its database does
 * differently) and registers itself in {@code META-INF/services/io.loquent.api.dialect.Dialect}; the runner finds it
 * with {@link java.util.ServiceLoader} from the JDBC URL.
 */
package io.loquent.api.dialect;
