package th.moralorg;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackages;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.util.Arrays;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.Slice;

/**
 * Keeps the code movable to a Camunda 7 fork (Operaton, CIB seven) by search and replace, and the
 * shared packages a layer the processes' packages stand on (docs/architecture.md).
 */
@AnalyzeClasses(packages = "th.moralorg", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

    /** What every process's package may use; they use none of those. */
    private static final String[] SHARED = Arrays.stream(
            new String[] {"web", "errors", "validation", "messaging", "identity", "reference", "documents"})
            .map(name -> "th.moralorg." + name + "..").toArray(String[]::new);

    /**
     * The tenant provider and its plugin are engine extension points Camunda only offers in impl;
     * so is the authorization provider, which leaves out per-task grants for office groups;
     * CurrentUser reads the current authentication, which Camunda returns as an impl type;
     * WebappSession reads whether a webapp session is signed in, which Camunda keeps as one;
     * SignInConfiguration hands our sign-in to the webapps through the filter Camunda documents
     * for container-based authentication, which lives in impl.
     */
    @ArchTest
    static final ArchRule noEngineInternals = noClasses()
            .that().doNotHaveSimpleName("ProvinceTenantIdProvider")
            .and().doNotHaveSimpleName("ProvinceTenantPlugin")
            .and().doNotHaveSimpleName("OfficeTaskAuthorizationProvider")
            .and().doNotHaveSimpleName("CurrentUser")
            .and().doNotHaveSimpleName("WebappSession")
            .and().doNotHaveSimpleName("SignInConfiguration")
            .should().dependOnClassesThat().resideInAPackage("org.camunda..impl..");

    /** No shared package leans on a process's package (or the application's own): no cycle can pass through one. */
    @ArchTest
    static final ArchRule sharedPackagesUseNoProcessPackage = noClasses()
            .that().resideInAnyPackage(SHARED)
            .should().dependOnClassesThat(resideInAPackage("th.moralorg..").and(resideOutsideOfPackages(SHARED)));

    /** Among themselves, no arrow runs back up: the shared packages form no cycle. */
    @ArchTest
    static final ArchRule sharedPackagesFormNoCycle = slices().matching("th.moralorg.(*)..")
            .that(DescribedPredicate.describe("are shared",
                    (Slice slice) -> Arrays.asList(SHARED).contains("th.moralorg." + slice.getNamePart(1) + "..")))
            .should().beFreeOfCycles();
}
