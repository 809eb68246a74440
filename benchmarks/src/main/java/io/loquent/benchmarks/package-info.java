/**
 * JMH benchmarks of the revision graph and the planner on generated histories, of the SQLite table rebuild, and of
 * reflection and diff on real PostgreSQL and MariaDB servers. Not API and never published: the module exists to
 * measure, and {@code BENCHMARKS.md} at the repository root says how to run it and what it found.
 */
package io.loquent.benchmarks;
