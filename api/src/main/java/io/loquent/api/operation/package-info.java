/**
 * The operations a revision performs, as a sealed hierarchy of immutable records. A dialect renders each through
 * {@link io.loquent.api.operation.OperationVisitor}, so a new operation fails to compile in every dialect until it is
 * handled.
 */
package io.loquent.api.operation;
