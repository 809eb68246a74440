/** One contract suite that every database runs: SQLite in the unit tests, PostgreSQL and MySQL/MariaDB as ITs. */
package io.loquent.core.contract;
