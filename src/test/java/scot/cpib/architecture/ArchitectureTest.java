package scot.cpib.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The dependency rules between and inside the bounded contexts (docs/architecture.md). A failure names
 * the classes that break a rule: move the shared word down into {@code board} or {@code shared}, or turn the
 * dependency round, rather than adding an exception here.
 */
class ArchitectureTest {

    /**
     * The deliberate links from an agreed action to where it came from: an action records its origin (an
     * agenda item, an engagement) and the workstream or activity it serves, while those contexts list their
     * actions. These references are the only ones allowed to close a cycle between contexts.
     */
    static final Set<String> ACTION_ORIGINS = Set.of(
            "scot.cpib.engagement.domain.EngagementRecord",
            "scot.cpib.workprogramme.domain.Workstream",
            "scot.cpib.workprogramme.domain.Activity",
            "scot.cpib.workprogramme.domain.ProgrammeLink");

    private static JavaClasses classes;

    @BeforeAll
    static void importProductionCode() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("scot.cpib");
    }

    @Test
    void contextsFormNoCycleBeyondAnActionsLinksToItsOrigin() {
        ArchRule rule = slices().matching("scot.cpib.(*)..").namingSlices("context $1")
                .should().beFreeOfCycles()
                .ignoreDependency(describe("an agreed action", (JavaClass c) ->
                                c.getName().startsWith("scot.cpib.action.domain.AgreedAction")),
                        describe("its origin", (JavaClass c) -> ACTION_ORIGINS.contains(c.getName())));
        rule.check(classes);
    }

    @Test
    void domainCodeUsesNoWebOrInfrastructureCode() {
        noClasses().that().resideInAPackage("..domain..")
                .should().dependOnClassesThat().resideInAnyPackage("..web..", "..infrastructure..", "..api..",
                        "jakarta.faces..", "jakarta.ws.rs..", "org.primefaces..")
                .check(classes);
    }

    @Test
    void applicationServicesUseNoPageCode() {
        noClasses().that().resideInAPackage("..application..")
                .should().dependOnClassesThat().resideInAnyPackage("..web..", "jakarta.faces..", "org.primefaces..")
                .check(classes);
    }

    @Test
    void backingBeansRunNoQueries() {
        noClasses().that().resideInAPackage("..web..")
                .should().dependOnClassesThat().haveFullyQualifiedName("jakarta.persistence.EntityManager")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("jakarta.persistence.Query")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("jakarta.persistence.TypedQuery")
                .check(classes);
    }
}
