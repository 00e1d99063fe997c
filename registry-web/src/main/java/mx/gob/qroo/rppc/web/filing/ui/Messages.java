package mx.gob.qroo.rppc.web.filing.ui;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.function.Supplier;
import mx.gob.qroo.rppc.shared.domain.ConflictException;
import mx.gob.qroo.rppc.shared.domain.InvalidRequestException;
import mx.gob.qroo.rppc.shared.domain.OutsideOfficeException;
import mx.gob.qroo.rppc.shared.domain.PreconditionRequiredException;
import mx.gob.qroo.rppc.shared.domain.ResourceNotFoundException;
import mx.gob.qroo.rppc.shared.domain.UnprocessableException;
import mx.gob.qroo.rppc.shared.domain.Violation;

/** Runs a back-office action and turns the registry's refusals into readable Spanish messages. */
public final class Messages {

  private Messages() {}

  /** The action's result, or null after showing why it was refused. */
  public static <T> T attempt(Supplier<T> action) {
    try {
      return action.get();
    } catch (InvalidRequestException e) {
      for (Violation v : e.violations()) {
        error(FieldNames.spanish(v.field()) + ": " + v.message());
      }
    } catch (ConflictException e) {
      String earlier =
          e.earlierPending().isEmpty()
              ? ""
              : " Pendientes anteriores: " + String.join(", ", e.earlierPending()) + ".";
      error(e.getMessage() + earlier);
    } catch (ResourceNotFoundException e) {
      error(e.getMessage());
    } catch (EJBAccessException e) {
      DeniedPageAccess.record();
      error("Su rol no permite esta operación.");
    } catch (OutsideOfficeException e) {
      // already in the access log as DENIED
      error(e.getMessage());
    } catch (UnprocessableException e) {
      error("No se aceptó: " + e.getMessage() + ".");
    } catch (PreconditionRequiredException e) {
      error("Falta la firma: " + e.getMessage() + ".");
    }
    return null;
  }

  public static void info(String text) {
    FacesContext.getCurrentInstance()
        .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
  }

  public static void error(String text) {
    FacesContext.getCurrentInstance()
        .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
  }

  /** Field names of the API as the form labels them. */
  static final class FieldNames {
    private FieldNames() {}

    static String spanish(String field) {
      return switch (field.replaceAll("\\[\\d+]", "")) {
        case "office" -> "Oficina";
        case "procedureType" -> "Tipo de trámite";
        case "applicant.name" -> "Nombre del solicitante";
        case "applicant.curp" -> "CURP del solicitante";
        case "folios" -> "Folios";
        case "act", "act.holders" -> "Acto";
        case "act.value" -> "Valor del acto";
        case "act.amount" -> "Monto";
        case "act.deed", "act.deed.date" -> "Escritura";
        case "act.expiresOn" -> "Vigencia";
        case "decision" -> "Decisión";
        case "signature.certificate" -> "Certificado de la e.firma";
        case "signature.value" -> "Firma";
        case "grounds" -> "Fundamento";
        case "correctionTermDays" -> "Plazo de corrección";
        case "note" -> "Nota";
        case "reason" -> "Motivo";
        case "registrar" -> "Registrador";
        case "businessDays" -> "Plazo";
        case "year" -> "Año";
        case "dailyValueMxn" -> "Valor diario de la UMA";
        case "day" -> "Fecha";
        case "name" -> "Nombre";
        case "scope" -> "Ámbito";
        case "validFrom" -> "Vigente desde";
        case "uma" -> "Cuota en UMA";
        case "status" -> "Estado";
        default -> field;
      };
    }
  }
}
