package mx.gob.qroo.rppc.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import javax.sql.DataSource;
import mx.gob.qroo.rppc.shared.infrastructure.DataSources;
import mx.gob.qroo.rppc.shared.infrastructure.Database;

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
}
