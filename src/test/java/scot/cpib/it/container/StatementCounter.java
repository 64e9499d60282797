package scot.cpib.it.container;

import jakarta.persistence.EntityManager;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Counts the SQL statements EclipseLink sends on the current thread while it is open (issue 13: no
 * page's query may grow with the rows it shows). Listens to the persistence unit's session events
 * ({@code preExecuteCall}, raised once per statement) through reflection, so the tests need no
 * EclipseLink API at compile time. Open it before the transaction whose statements it counts.
 */
public final class StatementCounter implements AutoCloseable {

    private final AtomicInteger count = new AtomicInteger();
    private final List<String> sql = new CopyOnWriteArrayList<>();
    private final Object eventManager;
    private final Object listener;
    private final Class<?> listenerType;

    public StatementCounter(EntityManager em) throws ReflectiveOperationException {
        Object delegate = em.getDelegate();
        Object serverSession = delegate.getClass().getMethod("getServerSession").invoke(delegate);
        eventManager = serverSession.getClass().getMethod("getEventManager").invoke(serverSession);
        listenerType = Class.forName("org.eclipse.persistence.sessions.SessionEventListener", true,
                delegate.getClass().getClassLoader());
        Thread counted = Thread.currentThread();
        listener = Proxy.newProxyInstance(listenerType.getClassLoader(), new Class<?>[]{listenerType}, (proxy, method, args) -> {
            switch (method.getName()) {
                case "preExecuteCall" -> {
                    if (Thread.currentThread() == counted) {
                        count.incrementAndGet();
                        sql.add(sqlOf(args[0]));
                    }
                    return null;
                }
                case "equals" -> {
                    return proxy == args[0];
                }
                case "hashCode" -> {
                    return System.identityHashCode(proxy);
                }
                case "toString" -> {
                    return "StatementCounter";
                }
                default -> {
                    return null;
                }
            }
        });
        eventManager.getClass().getMethod("addListener", listenerType).invoke(eventManager, listener);
    }

    /**
     * Counts the statements {@code reads} sends on this thread and prints them to the test's output
     * under the test class's name, so a failing bound shows what was sent.
     */
    public static Counted counted(Class<?> test, EntityManager em, Callable<?> reads) throws Exception {
        try (StatementCounter counter = new StatementCounter(em)) {
            reads.call();
            Counted counted = new Counted(counter.count(), counter.statements());
            System.out.println(test.getSimpleName() + ": " + counted.count() + " statements\n" + counted.statements());
            return counted;
        }
    }

    /** How many statements a piece of work sent, and their SQL one a line. */
    public record Counted(int count, String statements) {
    }

    /** The statements counted, for a failing test's message. */
    public String statements() {
        return String.join("\n", sql);
    }

    private static String sqlOf(Object event) {
        try {
            Object call = event.getClass().getMethod("getCall").invoke(event);
            return String.valueOf(call.getClass().getMethod("getSQLString").invoke(call));
        } catch (ReflectiveOperationException | RuntimeException e) {
            return "(a statement)";
        }
    }

    /** Statements sent on this thread since the counter was opened. */
    public int count() {
        return count.get();
    }

    @Override
    public void close() throws ReflectiveOperationException {
        eventManager.getClass().getMethod("removeListener", listenerType).invoke(eventManager, listener);
    }
}
