package scot.cpib.it;

import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;
import scot.cpib.api.KilledH2Instance;
import scot.cpib.api.SecondInstance;

/**
 * Starts the browser tier's extra app instances in the background, so that their start overlaps the
 * classes before the first that uses them (on two cores, the shared app's pages leave one mostly idle)
 * instead of adding to the tier's time: the second instance ({@link SecondInstance}) once the first
 * class of the run has finished (the shared app is up by then), and KilledServerApiIT's instance on H2
 * ({@link KilledH2Instance}) once the first class using the second instance has finished. Only for the
 * classes the run has, and only when another class runs before them. Registered for every JUnit run
 * through META-INF/services; the other tiers have no such class.
 */
public class EarlyStarts implements TestExecutionListener {

    private boolean secondWanted;
    private boolean killedH2Wanted;
    private boolean secondDone;
    private boolean killedH2Done;

    @Override
    public void testPlanExecutionStarted(TestPlan testPlan) {
        secondWanted = testPlan.getRoots().stream().flatMap(root -> testPlan.getDescendants(root).stream())
                .anyMatch(EarlyStarts::usesTheSecondInstance);
        killedH2Wanted = testPlan.getRoots().stream().flatMap(root -> testPlan.getDescendants(root).stream())
                .anyMatch(identifier -> className(identifier).filter(KilledH2Instance::isUsedBy).isPresent());
    }

    @Override
    public void executionStarted(TestIdentifier identifier) {
        // a class that uses an instance, running before the early start: it starts the instance itself
        if (usesTheSecondInstance(identifier)) {
            secondDone = true;
        }
        if (className(identifier).filter(KilledH2Instance::isUsedBy).isPresent()) {
            killedH2Done = true;
        }
    }

    @Override
    public void executionFinished(TestIdentifier identifier, TestExecutionResult result) {
        if (!isClass(identifier)) {
            return;
        }
        if (secondWanted && !secondDone) {
            secondDone = true;
            SecondInstance.startEarly();
        }
        if (killedH2Wanted && !killedH2Done && usesTheSecondInstance(identifier)) {
            killedH2Done = true;
            KilledH2Instance.startEarly();
        }
    }

    private static java.util.Optional<String> className(TestIdentifier identifier) {
        return identifier.getSource().filter(ClassSource.class::isInstance).map(source -> ((ClassSource) source).getClassName());
    }

    private static boolean usesTheSecondInstance(TestIdentifier identifier) {
        return identifier.getSource().filter(ClassSource.class::isInstance)
                .map(source -> SecondInstance.USED_BY.contains(((ClassSource) source).getClassName())).orElse(false);
    }

    private static boolean isClass(TestIdentifier identifier) {
        return identifier.isContainer() && identifier.getSource().filter(ClassSource.class::isInstance).isPresent();
    }
}
