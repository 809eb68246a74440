package io.loquent.testing;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A connection that counts the statements executed through it, plain, prepared or callable: how a test proves that a
 * piece of code queries the catalogue in bulk (the same count for 3 tables as for 30), without timing anything.
 */
public final class CountingConnection {
    private CountingConnection() {
    }

    /** {@code connection}, adding one to {@code executions} for each execute call of a statement it creates. */
    public static Connection of(Connection connection, AtomicInteger executions) {
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    Object result = invoke(connection, method, args);
                    if (!(result instanceof Statement)) {
                        return result;
                    }
                    // The proxy has the type the method returns: Statement, PreparedStatement or CallableStatement.
                    return Proxy.newProxyInstance(Connection.class.getClassLoader(),
                            new Class<?>[] {method.getReturnType()}, (statement, call, callArgs) -> {
                                if (call.getName().startsWith("execute")) {
                                    executions.incrementAndGet();
                                }
                                return invoke(result, call, callArgs);
                            });
                });
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
