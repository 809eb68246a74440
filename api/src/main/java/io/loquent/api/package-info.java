/**
 * What a revision script compiles against: {@link io.loquent.api.Revision}, {@link io.loquent.api.MigrationScript},
 * the {@link io.loquent.api.Op} a script receives, the static {@link io.loquent.api.Migration} facade over it, and the
 * column types of {@link io.loquent.api.Types}.
 *
 * <p>Everything here builds immutable data: the schema model in {@code io.loquent.api.schema} and the operations in
 * {@code io.loquent.api.operation}. Executing them is the runner's work (loquent-core), rendering them a dialect's
 * ({@code io.loquent.api.dialect}).
 */
package io.loquent.api;
