/**
 * Comparing schemas: the differ that turns an entity model and a reflected database into ordered changes, and the
 * writer that turns changes into a revision's DSL source. Internal: not API, and may change in any release.
 */
package io.loquent.core.internal.diff;
