/**
 * The immutable schema model: column types, columns, defaults and named table constraints. Operations are built
 * from these records and dialects render them; nothing here knows SQL.
 */
package io.loquent.api.schema;
