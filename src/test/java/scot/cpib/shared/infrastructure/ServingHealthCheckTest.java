package scot.cpib.shared.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ServingHealthCheckTest {

    @Test
    void aHazelcastMemberThatIsNotRunningIsStopped() {
        assertEquals("running", ServingHealthCheck.runningState(new Member(true)));
        assertEquals("stopped", ServingHealthCheck.runningState(new Member(false)));
        assertEquals("stopped", ServingHealthCheck.runningState("not a Hazelcast member"));
    }

    @Test
    void withoutAClusterInJndiTheClusterIsOff() {
        assertEquals("off", ServingHealthCheck.clusterState());
    }

    /** Stands in for a HazelcastInstance: only what the check calls. */
    public static final class Member {
        private final boolean running;

        Member(boolean running) {
            this.running = running;
        }

        public Lifecycle getLifecycleService() {
            return new Lifecycle(running);
        }
    }

    public static final class Lifecycle {
        private final boolean running;

        Lifecycle(boolean running) {
            this.running = running;
        }

        public boolean isRunning() {
            return running;
        }
    }
}
