package th.moralorg;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Keeps the code movable to a Camunda 7 fork (Operaton, CIB seven) by search and replace. */
@AnalyzeClasses(packages = "th.moralorg", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

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
}
