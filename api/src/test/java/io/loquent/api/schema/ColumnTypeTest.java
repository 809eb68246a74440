package io.loquent.api.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.loquent.api.DefinitionException;
import io.loquent.api.Types;
import io.loquent.api.schema.ColumnType.Kind;
import org.junit.jupiter.api.Test;

/** Which kinds take a length, and how a type reads in a message. */
class ColumnTypeTest {
    @Test
    void binaryIsUnboundedUnlessGivenAnExactLength() {
        ColumnType unbounded = Types.binary().type();
        ColumnType sixteen = Types.binary(16).type();
        assertThat(unbounded).isEqualTo(ColumnType.of(Kind.BINARY));
        assertThat(unbounded.length()).isNull();
        assertThat(sixteen).isEqualTo(new ColumnType(Kind.BINARY, 16, null, null)).isNotEqualTo(unbounded);
        assertThat(unbounded).hasToString("binary");
        assertThat(sixteen).hasToString("binary(16)");
    }

    @Test
    void aLengthMustBePositiveAndBelongsOnlyToStringsAndBytes() {
        assertThatThrownBy(() -> Types.binary(0)).isInstanceOf(DefinitionException.class)
                .hasMessage("binary(n) needs a positive length, got 0. Use binary() for bytes of any length");
        assertThatThrownBy(() -> new ColumnType(Kind.BINARY, -1, null, null)).isInstanceOf(DefinitionException.class);
        assertThatThrownBy(() -> new ColumnType(Kind.STRING, null, null, null))
                .hasMessage("string(n) needs a positive length, got null");
        assertThatThrownBy(() -> new ColumnType(Kind.UUID, 16, null, null)).hasMessage("UUID takes no length");
        assertThatThrownBy(() -> new ColumnType(Kind.TEXT, 10, null, null)).hasMessage("TEXT takes no length");
    }

    @Test
    void typesReadAsTheirDslCalls() {
        assertThat(new ColumnType(Kind.STRING, 40, null, null)).hasToString("string(40)");
        assertThat(new ColumnType(Kind.DECIMAL, null, 10, 2)).hasToString("decimal(10, 2)");
        assertThat(ColumnType.of(Kind.UUID)).hasToString("uuid");
    }
}
