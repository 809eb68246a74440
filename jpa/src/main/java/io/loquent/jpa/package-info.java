/**
 * Loquent's JPA model source: reads the schema an application's JPA entities map, through EclipseLink and without a
 * database, so that {@code revision --autogenerate} and {@code check} can compare it with the database.
 * {@link io.loquent.jpa.JpaModelSource} is found through {@link java.util.ServiceLoader};
 * {@link io.loquent.jpa.SqlitePlatform} is the EclipseLink platform an application running on SQLite configures.
 * Everything else is in {@code io.loquent.jpa.internal}, which is not API.
 */
package io.loquent.jpa;
