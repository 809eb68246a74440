/**
 * Drift detection: the schema a run left, kept as a snapshot in the database, compared with what the catalogue
 * holds now.
 */
package io.loquent.core.internal.drift;
