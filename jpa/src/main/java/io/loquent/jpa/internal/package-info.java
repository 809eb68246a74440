/**
 * Internal: how {@link io.loquent.jpa.JpaModelSource} reads a model. Not API; it may change in any release. Use
 * {@link io.loquent.jpa.JpaModelSource} instead.
 *
 * <p>The pieces, in the order a read uses them: {@link io.loquent.jpa.internal.UnitSelection} turns the request's
 * classes, packages ({@link io.loquent.jpa.internal.PackageScan}) or persistence unit into the persistence unit
 * EclipseLink deploys; {@link io.loquent.jpa.internal.Platforms} names the EclipseLink platform for the database;
 * {@link io.loquent.jpa.internal.ModelDeployment} builds EclipseLink's descriptors without a connection (validation
 * only, log routed to {@link io.loquent.jpa.internal.StderrLog}, errors translated by
 * {@link io.loquent.jpa.internal.MappingErrors}); {@link io.loquent.jpa.internal.SchemaReader} runs EclipseLink's
 * {@code DefaultTableGenerator} ({@link io.loquent.jpa.internal.RecordingTableGenerator}, which keeps every foreign
 * key) and translates its table definitions ({@link io.loquent.jpa.internal.TableTranslator},
 * {@link io.loquent.jpa.internal.ColumnTranslator}, {@link io.loquent.jpa.internal.ColumnTypes},
 * {@link io.loquent.jpa.internal.ColumnDefinition}, {@link io.loquent.jpa.internal.SqlTypes},
 * {@link io.loquent.jpa.internal.ForeignKeys}) with what the descriptors say about nullability
 * ({@link io.loquent.jpa.internal.MappingFacts}), and EclipseLink's sequencing into sequences, sequence tables and
 * their rows ({@link io.loquent.jpa.internal.SequenceTranslator}).
 *
 * <p>{@link io.loquent.jpa.internal.SqliteValues} and {@link io.loquent.jpa.internal.SqliteConversions} are how
 * {@link io.loquent.jpa.SqlitePlatform} writes and reads the values SQLite has no type for (dates, times, UUIDs).
 */
package io.loquent.jpa.internal;
