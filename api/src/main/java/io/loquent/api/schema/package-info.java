/**
 * The immutable schema model: column types, columns, defaults, named table constraints, indexes, tables and the
 * schema that holds them. Operations are built from these records and dialects render them; a schema read from a
 * database, one replayed from the revision history and one mapped from an application's entities are the same
 * records, so that any two compare. Nothing here knows SQL beyond the text of a check, an index expression or a
 * partial index's condition, kept as the database writes it.
 */
package io.loquent.api.schema;
