package scot.cpib.it;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Refuses to run the browser and API tests when their ports are taken: otherwise they would talk to
 * whatever else listens there (another copy of the app, say) and fail later with confusing time-outs.
 */
final class FreePorts {

    private FreePorts() {
    }

    /** Throws, naming each taken port and the property that chooses it, unless all are free. */
    static void require(Map<String, Integer> portsByProperty) {
        StringJoiner taken = new StringJoiner(", ");
        portsByProperty.forEach((property, port) -> {
            if (!isFree(port)) {
                taken.add(port + " (" + property + ")");
            }
        });
        if (taken.length() > 0) {
            throw new IllegalStateException("Port " + taken + " is already in use, so the browser and API tests "
                    + "will not start: stop whatever listens there, or choose free ports, e.g. "
                    + "mvn verify -Dit.port=18181 -Dit.smtp.port=13125 -Dit.second.port=18191");
        }
    }

    static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(false);
            socket.bind(new InetSocketAddress(InetAddress.getByName("0.0.0.0"), port));
            return true;
        } catch (IOException taken) {
            return false;
        }
    }
}
