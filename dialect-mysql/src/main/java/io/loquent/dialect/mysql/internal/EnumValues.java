package io.loquent.dialect.mysql.internal;

import java.util.ArrayList;
import java.util.List;

/** The values of an {@code enum('a','b''c')} as information_schema's COLUMN_TYPE spells it. */
final class EnumValues {
    private EnumValues() {
    }

    /** The quoted values of {@code columnType}, unquoted, in order. */
    static List<String> of(String columnType) {
        List<String> values = new ArrayList<>();
        StringBuilder value = null;
        for (int i = columnType.indexOf('('); i >= 0 && i < columnType.length(); i++) {
            char c = columnType.charAt(i);
            if (value == null) {
                if (c == '\'') {
                    value = new StringBuilder();
                }
            } else if (c == '\\' && i + 1 < columnType.length()) {
                value.append(columnType.charAt(++i));
            } else if (c == '\'' && i + 1 < columnType.length() && columnType.charAt(i + 1) == '\'') {
                value.append('\'');
                i++;
            } else if (c == '\'') {
                values.add(value.toString());
                value = null;
            } else {
                value.append(c);
            }
        }
        return values;
    }
}
