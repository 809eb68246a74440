/**
 * Lint: rules over the operation records of revisions, each seeing the schema as the history leaves it just before
 * the operation and, online, how many rows its table holds.
 */
package io.loquent.core.internal.lint;
