package scot.cpib.shared.infrastructure;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;

/**
 * Counts the committed transactions that changed the record, so that a server can tell whether a read
 * it keeps is still what the database holds (issue 13, docs/performance.md "Caching").
 *
 * <p>The count is the row of {@code data_version}, shared by every server on the database, and beside
 * it this server's own count. {@link DataChangeListener} calls {@link #rowWritten} for each row a
 * transaction writes; once that transaction has committed, both counts go up. A reader takes the
 * {@link #current() version} before it reads, and keeps what it read under that version: if a change
 * commits in between, the version it kept is already behind and the next reader reads again.
 *
 * <p>The database's count goes up after the commit, in a statement of its own, so no transaction holds
 * the row while it works (several writers would otherwise queue on it, and a long one, such as issuing
 * a pack, would stall the rest). Should a server stop between the commit and that statement, other
 * servers would serve what they kept until the next change or until it expires ({@code VersionedCache}
 * keeps nothing longer than ten minutes).
 */
public final class DataChanges {

    private static final Logger LOG = Logger.getLogger(DataChanges.class.getName());
    private static final String READ = "SELECT version FROM data_version WHERE id = 1";
    static final String RAISE = "UPDATE data_version SET version = version + 1 WHERE id = 1";
    private static final String MARK = DataChanges.class.getName() + ".raiseAfterCommit";
    private static final AtomicLong LOCAL = new AtomicLong();
    private static final ThreadLocal<Version[]> REQUEST = new ThreadLocal<>();

    private static volatile TransactionSynchronizationRegistry registry;
    private static volatile DataSource dataSource;

    private DataChanges() {
    }

    /** The record's version as this server sees it: the database's count and this server's own. */
    public record Version(long database, long local) {
    }

    /**
     * The version to keep a read under, or empty inside a transaction: a transaction may have changed
     * rows that no version counts until it commits, so its reads must go to the database.
     */
    public static Optional<Version> current() {
        if (registry().getTransactionKey() != null) {
            return Optional.empty();
        }
        long local = LOCAL.get();
        Version[] request = REQUEST.get();
        if (request != null && request[0] != null && request[0].local() == local) {
            return Optional.of(request[0]);
        }
        try (Connection connection = dataSource().getConnection();
             PreparedStatement read = connection.prepareStatement(READ);
             ResultSet row = read.executeQuery()) {
            if (!row.next()) {
                return Optional.empty();
            }
            Version version = new Version(row.getLong(1), local);
            if (request != null) {
                request[0] = version;
            }
            return Optional.of(version);
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "Could not read the data version; reading without the cache", e);
            return Optional.empty();
        }
    }

    /**
     * From now until {@link #requestEnded()}, this thread serves one request, which reads the database's
     * version once (again only after a change of its own): a page with several kept reads pays one
     * statement. Other threads (timers, the pack's workers) read it each time.
     */
    static void requestStarted() {
        REQUEST.set(new Version[1]);
    }

    static void requestEnded() {
        REQUEST.remove();
    }

    /**
     * A row of the record was written in the current transaction: raise the version once it commits.
     * If the transaction is already completing (EclipseLink writes most rows just before the commit),
     * it is raised within the transaction instead, which then holds the row only for its last moment.
     */
    static void rowWritten() {
        TransactionSynchronizationRegistry transactions = registry();
        if (transactions.getTransactionKey() == null) {
            raise();
            return;
        }
        if (transactions.getResource(MARK) != null) {
            return;
        }
        transactions.putResource(MARK, Boolean.TRUE);
        try {
            transactions.registerInterposedSynchronization(new RaiseAfterCommit());
        } catch (IllegalStateException completing) {
            raiseWithin();
        }
    }

    /**
     * A change made past the entity listener (a bulk JPQL update or delete, SQL of one's own): call it
     * in the transaction that made the change, and the version goes up once that commits, as for a row
     * JPA wrote.
     */
    public static void changedPastTheListener() {
        rowWritten();
    }

    /** Raises the version in the current transaction, on its connection (the pool shares it within one). */
    private static void raiseWithin() {
        try (Connection connection = dataSource().getConnection();
             PreparedStatement raise = connection.prepareStatement(RAISE)) {
            raise.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not raise the data version", e);
        }
        LOCAL.incrementAndGet();
    }

    private static void raise() {
        LOCAL.incrementAndGet();
        try {
            raiseInDatabase();
        } catch (SQLException e) {
            LOG.log(Level.SEVERE, "Could not raise the data version after a change: other servers may serve"
                    + " what they kept of the record until it expires", e);
        }
    }

    /**
     * Raises the database's count on a connection of no transaction. After a commit the pool may still
     * hand out a connection with auto-commit off: the raise is then committed here, not left to whoever
     * takes the connection next.
     */
    private static Void raiseInDatabase() throws SQLException {
        try (Connection connection = dataSource().getConnection();
             PreparedStatement raise = connection.prepareStatement(RAISE)) {
            raise.executeUpdate();
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
        }
        return null;
    }


    private static TransactionSynchronizationRegistry registry() {
        TransactionSynchronizationRegistry found = registry;
        if (found == null) {
            found = lookUp("java:comp/TransactionSynchronizationRegistry");
            registry = found;
        }
        return found;
    }

    private static DataSource dataSource() {
        DataSource found = dataSource;
        if (found == null) {
            found = lookUp(DataSourceConfiguration.JNDI_NAME);
            dataSource = found;
        }
        return found;
    }

    private static <T> T lookUp(String name) {
        try {
            return InitialContext.doLookup(name);
        } catch (NamingException e) {
            throw new IllegalStateException("Cannot find " + name, e);
        }
    }

    /** Raises the version once the transaction that changed the record has committed. */
    private static final class RaiseAfterCommit implements Synchronization {

        @Override
        public void beforeCompletion() {
            // nothing: the version goes up only for a change that committed
        }

        @Override
        public void afterCompletion(int status) {
            if (status == Status.STATUS_COMMITTED) {
                raise();
            }
        }
    }
}
