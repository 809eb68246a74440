/**
 * The {@code loquent} command line: parses arguments, calls {@link io.loquent.core.Loquent}, prints results. It
 * decides nothing of its own.
 */
package io.loquent.cli;
