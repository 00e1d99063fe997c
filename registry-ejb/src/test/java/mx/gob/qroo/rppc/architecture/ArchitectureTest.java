package mx.gob.qroo.rppc.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackages;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.EvaluationResult;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.persistence.EntityManager;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import mx.gob.qroo.rppc.shared.infrastructure.DataSources;
import mx.gob.qroo.rppc.shared.infrastructure.Database;
import org.junit.jupiter.api.Test;

/**
 * The bounded contexts of {@code registry-ejb} and their layers, as docs/architecture.md draws
 * them: contexts depend on one another without cycles, and domain code knows nothing of the
 * application services, the infrastructure or the container.
 */
@AnalyzeClasses(packages = "mx.gob.qroo.rppc", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule contextsDependWithoutCycles =
      slices()
          .matching("mx.gob.qroo.rppc.(*)..")
          .namingSlices("context $1")
          .should()
          .beFreeOfCycles()
          .because("a context that needs another's service asks it through a port, one way");

  @ArchTest
  static final ArchRule domainKnowsNoOuterLayer =
      noClasses()
          .that()
          .resideInAPackage("mx.gob.qroo.rppc.*.domain..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "mx.gob.qroo.rppc.*.application..",
              "mx.gob.qroo.rppc.*.infrastructure..",
              "mx.gob.qroo.rppc.web..")
          .because("domain rules are tested without a container and outlive their adapters");

  @ArchTest
  static final ArchRule domainUsesNoContainerService =
      noClasses()
          .that()
          .resideInAPackage("mx.gob.qroo.rppc.*.domain..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "jakarta.ejb..",
              "jakarta.inject..",
              "jakarta.enterprise..",
              "jakarta.annotation..",
              "jakarta.ws.rs..",
              "jakarta.faces..",
              "jakarta.transaction..",
              "java.sql..",
              "javax.sql..",
              "javax.naming..")
          .because("only JPA's mapping annotations may sit on domain classes");

  @ArchTest
  static final ArchRule applicationKnowsNoWeb =
      noClasses()
          .that()
          .resideInAPackage("mx.gob.qroo.rppc.*.application..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("mx.gob.qroo.rppc.web..", "jakarta.ws.rs..", "jakarta.faces..");

  @ArchTest
  static final ArchRule onlyTheGatewayHoldsADataSource =
      fields()
          .that()
          .haveRawType(DataSource.class)
          .should()
          .beDeclaredIn(DataSources.class)
          .orShould()
          .beDeclaredIn(Database.class)
          .because(
              "read models and set-based SQL reach the database through the injected Database"
                  + " gateway, and only DataSources names a datasource");

  /** The classes whose native SQL is part of an aggregate's work (docs/architecture.md, rule 6). */
  private static final Set<String> UNITS_OF_WORK =
      Set.of(
          "GaplessCounter",
          "SqlEntryNumberIssuer",
          "CatalogueCache",
          "SqlFeeSchedule",
          "SqlHolidayRepository",
          "SqlCatalogueStore",
          "JpaFilingRepository",
          "JpaFolioRepository",
          "JpaFolioFilings");

  @ArchTest
  static final ArchRule nativeSqlOnAnEntityManagerOnlyInAUnitOfWork =
      noClasses()
          .that(
              DescribedPredicate.describe(
                  "are not part of an aggregate's unit of work",
                  (JavaClass c) -> !UNITS_OF_WORK.contains(topLevelName(c))))
          .should()
          .callMethodWhere(
              DescribedPredicate.describe(
                  "EntityManager.createNativeQuery",
                  (JavaMethodCall call) ->
                      call.getName().equals("createNativeQuery")
                          && call.getTargetOwner().isAssignableTo(EntityManager.class)))
          .because("set-based SQL and read models go through the Database gateway");

  @ArchTest
  static final ArchRule infrastructureStaysInItsContext =
      classes()
          .that()
          .resideInAPackage("mx.gob.qroo.rppc..")
          .should(useNoOtherContextsInfrastructure())
          .because(
              "a context asks another through its domain ports and application services; the"
                  + " shared kernel's gateway and the spatial import (the port every layer is"
                  + " published through) are the only infrastructure two contexts share");

  @ArchTest
  static final ArchRule spatialImportKnowsNoContext =
      noClasses()
          .that()
          .resideInAPackage("mx.gob.qroo.rppc.spatial..")
          .should()
          .dependOnClassesThat(
              resideInAPackage("mx.gob.qroo.rppc..")
                  .and(
                      resideOutsideOfPackages(
                          "mx.gob.qroo.rppc.spatial..", "mx.gob.qroo.rppc.shared..")))
          .because("each context publishes its own layers through a StagedLayerTarget");

  private static final Pattern CONTEXT =
      Pattern.compile("mx\\.gob\\.qroo\\.rppc\\.([a-z]+)\\.(.*)");

  /** Contexts whose infrastructure the others may use. */
  private static final Set<String> SHARED_INFRASTRUCTURE = Set.of("shared", "spatial");

  private static ArchCondition<JavaClass> useNoOtherContextsInfrastructure() {
    return new ArchCondition<>("use no other context's infrastructure") {
      @Override
      public void check(JavaClass origin, ConditionEvents events) {
        Matcher own = CONTEXT.matcher(origin.getPackageName() + ".");
        if (!own.matches()) {
          return;
        }
        for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
          Matcher target = CONTEXT.matcher(dependency.getTargetClass().getPackageName() + ".");
          if (target.matches()
              && target.group(2).startsWith("infrastructure.")
              && !target.group(1).equals(own.group(1))
              && !SHARED_INFRASTRUCTURE.contains(target.group(1))) {
            events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
          }
        }
      }
    };
  }

  @Test
  void aContextReachingIntoAnothersInfrastructureIsFound() throws ClassNotFoundException {
    JavaClasses probe =
        new ClassFileImporter()
            .importClasses(
                Class.forName(
                    "mx.gob.qroo.rppc.planning.infrastructure.ForeignInfrastructureProbe"));

    EvaluationResult result = infrastructureStaysInItsContext.evaluate(probe);

    assertThat(result.hasViolation()).isTrue();
    // the cadastre's target is refused; the spatial import's interface it returns is not
    assertThat(result.getFailureReport().getDetails())
        .isNotEmpty()
        .allSatisfy(detail -> assertThat(detail).contains("CadastreLayerTargets"));
  }

  /** A nested class belongs to the class it is declared in. */
  private static String topLevelName(JavaClass c) {
    String name = c.getName().substring(c.getPackageName().length() + 1);
    int nested = name.indexOf('$');
    return nested < 0 ? name : name.substring(0, nested);
  }
}
