package scot.cpib.it;

import org.jboss.arquillian.container.spi.client.deployment.DeploymentScenario;
import org.jboss.arquillian.container.spi.event.DeployManagedDeployments;
import org.jboss.arquillian.container.spi.event.UnDeployManagedDeployments;
import org.jboss.arquillian.container.spi.event.container.BeforeStop;
import org.jboss.arquillian.container.test.impl.client.deployment.event.GenerateDeployment;
import org.jboss.arquillian.core.api.Event;
import org.jboss.arquillian.core.api.Instance;
import org.jboss.arquillian.core.api.InstanceProducer;
import org.jboss.arquillian.core.api.annotation.ApplicationScoped;
import org.jboss.arquillian.core.api.annotation.Inject;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.EventContext;
import org.jboss.arquillian.core.spi.LoadableExtension;
import org.jboss.arquillian.test.spi.TestClass;
import org.jboss.arquillian.test.spi.annotation.ClassScoped;
import org.jboss.arquillian.test.spi.context.ClassContext;
import org.jboss.arquillian.test.spi.event.suite.BeforeSuite;

/**
 * An Arquillian extension: the in-container test classes of one test run share one deployment of
 * {@link SuiteDeployment}, so Payara Micro starts once per database profile instead of once per
 * class. The deployment is built when the suite starts, deployed before the first class and
 * undeployed (the server stopped) when the suite ends; the per-class deploy and undeploy are skipped.
 * The approach of the arquillian-suite-extension project, cut down to what this suite needs.
 */
public class OneDeploymentPerSuite implements LoadableExtension {

    @Override
    public void register(ExtensionBuilder builder) {
        builder.observer(SuiteDeployer.class);
    }

    /** Observes Arquillian's life-cycle events to deploy once and undeploy at the end. */
    public static class SuiteDeployer {

        @Inject
        private Instance<ClassContext> classContext;

        @Inject
        @ClassScoped
        private InstanceProducer<DeploymentScenario> classScenario;

        @Inject
        @ApplicationScoped
        private InstanceProducer<DeploymentScenario> suiteScenario;

        @Inject
        private Event<GenerateDeployment> generateDeployment;

        @Inject
        private Event<UnDeployManagedDeployments> undeployManaged;

        private boolean generating;
        private boolean deployed;
        private boolean undeploying;
        private RuntimeException failure;

        /** After the containers are set up: builds the suite's deployment scenario, kept for every class. */
        public void buildTheSuiteDeployment(@Observes(precedence = -100) BeforeSuite event) {
            classContext.get().activate(SuiteDeployment.class);
            try {
                generating = true;
                generateDeployment.fire(new GenerateDeployment(new TestClass(SuiteDeployment.class)));
                suiteScenario.set(classScenario.get());
            } finally {
                generating = false;
                classContext.get().deactivate();
            }
        }

        /** Test classes have no deployment of their own: only the suite's is generated. */
        public void generateOnlyTheSuiteDeployment(@Observes EventContext<GenerateDeployment> context) {
            if (generating) {
                context.proceed();
            }
        }

        /**
         * Deploys before the first class. A failed deployment stops the server it started and fails
         * every later class at once with the same error (failsafe's rerun then tries a new suite).
         */
        public void deployOnce(@Observes EventContext<DeployManagedDeployments> context) {
            if (failure != null) {
                throw new IllegalStateException("The suite's deployment failed before the first class: " + failure, failure);
            }
            if (!deployed) {
                try {
                    context.proceed();
                    deployed = true;
                } catch (RuntimeException e) {
                    failure = e;
                    stopTheServer();
                    throw e;
                }
            }
        }

        public void undeployOnlyAtTheEnd(@Observes EventContext<UnDeployManagedDeployments> context) {
            if (undeploying) {
                context.proceed();
            }
        }

        public void undeployBeforeTheContainerStops(@Observes BeforeStop event) {
            if (deployed) {
                stopTheServer();
            }
        }

        private void stopTheServer() {
            undeploying = true;
            try {
                undeployManaged.fire(new UnDeployManagedDeployments());
            } catch (RuntimeException alreadyGone) {
                // nothing deployed to undeploy: the server did not get that far
            } finally {
                undeploying = false;
                deployed = false;
            }
        }
    }
}
