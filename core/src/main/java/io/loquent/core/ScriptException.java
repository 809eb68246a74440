package io.loquent.core;

import io.loquent.api.LoquentException;
import java.util.List;

/**
 * A revision script that cannot be used: it does not compile, has no valid {@code @Revision}, or cannot be
 * instantiated. {@link #problems()} lists each as {@code file:line: message}; nothing was applied.
 */
public class ScriptException extends LoquentException {
    private static final long serialVersionUID = 1L;
    private final List<String> problems;

    public ScriptException(List<String> problems, String advice) {
        super(summary(problems, advice));
        this.problems = List.copyOf(problems);
    }

    public ScriptException(String problem, String advice, Throwable cause) {
        super(summary(List.of(problem), advice), cause);
        this.problems = List.of(problem);
    }

    private static String summary(List<String> problems, String advice) {
        String head = problems.get(0);
        String more = problems.size() > 1 ? " (and " + (problems.size() - 1) + " more)" : "";
        return head + more + ". " + advice;
    }

    /** Each problem as {@code file:line: message}. */
    public List<String> problems() {
        return problems;
    }
}
