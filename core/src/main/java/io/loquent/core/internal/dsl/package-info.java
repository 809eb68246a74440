/** Internal: not API, changes without notice. See {@link io.loquent.core.Loquent}. */
package io.loquent.core.internal.dsl;
