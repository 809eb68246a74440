package io.loquent.core;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where each key of a {@code .properties} text stands, which {@link java.util.Properties} forgets: messages about a
 * hand-written file name its line. Follows the format's rules for comments, blank lines and continuation lines
 * (a line ending in an odd number of backslashes goes on in the next).
 */
final class PropertiesLines {
    private PropertiesLines() {
    }

    /** The 1-based lines on which each key is set, in order; a key set twice has two. */
    static Map<String, List<Integer>> ofKeys(String text) {
        Map<String, List<Integer>> lines = new HashMap<>();
        boolean continued = false;
        String[] natural = text.split("\r\n|\r|\n", -1);
        for (int i = 0; i < natural.length; i++) {
            String line = natural[i].stripLeading();
            boolean starts = !continued && !line.isEmpty() && line.charAt(0) != '#' && line.charAt(0) != '!';
            if (starts) {
                lines.computeIfAbsent(key(line), k -> new ArrayList<>()).add(i + 1);
            }
            continued = (starts || continued) && endsInOddBackslashes(line);
        }
        return lines;
    }

    /** The first 1-based line that matches {@code regex}, or 0. */
    static int firstMatching(String text, String regex) {
        String[] natural = text.split("\r\n|\r|\n", -1);
        for (int i = 0; i < natural.length; i++) {
            if (natural[i].matches(regex)) {
                return i + 1;
            }
        }
        return 0;
    }

    /** The key: up to the first unescaped {@code =}, {@code :} or white space, with its escapes undone. */
    private static String key(String line) {
        StringBuilder key = new StringBuilder();
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\' && i + 1 < line.length()) {
                key.append(line.charAt(++i));
            } else if (c == '=' || c == ':' || Character.isWhitespace(c)) {
                break;
            } else {
                key.append(c);
            }
        }
        return key.toString();
    }

    private static boolean endsInOddBackslashes(String line) {
        int count = 0;
        for (int i = line.length() - 1; i >= 0 && line.charAt(i) == '\\'; i--) {
            count++;
        }
        return count % 2 == 1;
    }
}
