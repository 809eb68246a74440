/**
 * Loquent's internals. Nothing under {@code io.loquent.core.internal} is API: it changes without notice. Use
 * {@link io.loquent.core.Loquent} instead.
 */
package io.loquent.core.internal;
