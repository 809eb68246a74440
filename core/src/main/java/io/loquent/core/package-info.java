/**
 * Loquent's Java API: build a {@link io.loquent.core.Loquent} from a {@link io.loquent.core.LoquentConfig} and call
 * {@code upgrade}, {@code downgrade}, {@code current}, {@code heads}, {@code history}. Failures are
 * {@link io.loquent.api.LoquentException}s whose messages say what failed, where, and what to do.
 */
package io.loquent.core;
