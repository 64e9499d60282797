package scot.cpib.it;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FreePortsTest {

    @Test
    void aTakenPortStopsTheTestsNamingThePortAndItsProperty() throws IOException {
        try (ServerSocket other = new ServerSocket()) {
            other.bind(new InetSocketAddress(InetAddress.getByName("0.0.0.0"), 0));
            int taken = other.getLocalPort();
            IllegalStateException refused = assertThrows(IllegalStateException.class,
                    () -> FreePorts.require(Map.of("it.port", taken)));
            assertTrue(refused.getMessage().contains(taken + " (it.port) is already in use"), refused.getMessage());
        }
    }

    @Test
    void freePortsLetTheTestsStart() throws IOException {
        int free;
        try (ServerSocket probe = new ServerSocket(0)) {
            free = probe.getLocalPort();
        }
        assertDoesNotThrow(() -> FreePorts.require(Map.of("it.port", free)));
    }
}
