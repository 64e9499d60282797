package scot.cpib.it;

import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;
import scot.cpib.api.SecondInstance;

/**
 * Starts the browser tier's second instance ({@link SecondInstance}) in the background once the first
 * class of a run has finished (the shared app is up by then), when the run has a class that uses it and
 * that class is not the first: its start then overlaps the classes before it instead of adding to the
 * tier's time. Registered for every JUnit run through META-INF/services; other runs have no such class.
 */
public class EarlyStarts implements TestExecutionListener {

    private boolean wanted;
    private boolean done;

    @Override
    public void testPlanExecutionStarted(TestPlan testPlan) {
        wanted = testPlan.getRoots().stream().flatMap(root -> testPlan.getDescendants(root).stream())
                .anyMatch(EarlyStarts::usesTheSecondInstance);
    }

    @Override
    public void executionFinished(TestIdentifier identifier, TestExecutionResult result) {
        if (wanted && !done && isClass(identifier)) {
            done = true;
            SecondInstance.startEarly();
        }
    }

    @Override
    public void executionStarted(TestIdentifier identifier) {
        if (usesTheSecondInstance(identifier)) {
            // the first class is one that uses it: it starts the instance itself
            done = true;
        }
    }

    private static boolean usesTheSecondInstance(TestIdentifier identifier) {
        return identifier.getSource().filter(ClassSource.class::isInstance)
                .map(source -> SecondInstance.USED_BY.contains(((ClassSource) source).getClassName())).orElse(false);
    }

    private static boolean isClass(TestIdentifier identifier) {
        return identifier.isContainer() && identifier.getSource().filter(ClassSource.class::isInstance).isPresent();
    }
}
