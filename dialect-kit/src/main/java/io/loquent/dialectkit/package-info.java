/**
 * The dialect contract kit: abstract JUnit 5 suites that prove a {@link io.loquent.api.dialect.Dialect} against its
 * database through the whole engine, every operation and type read back from the catalogue. A dialect's tests extend
 * {@link io.loquent.dialectkit.MigrationContract} (and, where it reflects its catalogue,
 * {@link io.loquent.dialectkit.ComparisonContract} and {@link io.loquent.dialectkit.AutogenerateContract}) and supply
 * a fresh database; what the database cannot do is declared, and the suite then asserts the refusal instead.
 */
package io.loquent.dialectkit;
