package mx.gob.qroo.rppc.audit.application;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.time.Clock;
import mx.gob.qroo.rppc.audit.domain.AccessAction;
import mx.gob.qroo.rppc.audit.domain.AccessEvent;
import mx.gob.qroo.rppc.audit.domain.AccessLog;
import mx.gob.qroo.rppc.audit.domain.Justification;
import mx.gob.qroo.rppc.shared.application.RequestOrigin;
import mx.gob.qroo.rppc.shared.domain.ConflictException;
import mx.gob.qroo.rppc.shared.domain.Identified;
import mx.gob.qroo.rppc.shared.domain.InvalidRequestException;
import mx.gob.qroo.rppc.shared.domain.OutsideOfficeException;
import mx.gob.qroo.rppc.shared.domain.PreconditionRequiredException;
import mx.gob.qroo.rppc.shared.domain.ResourceNotFoundException;
import mx.gob.qroo.rppc.shared.domain.UnprocessableException;
import mx.gob.qroo.rppc.shared.domain.UnsupportedFormatException;

/**
 * Writes the access event of an {@link Audited} call after the business method succeeds and before
 * its transaction commits: no audit row, no business change. A call refused as the caller's error
 * (a resource that does not exist, a malformed request or file, a conflict with the registry's
 * state) is an event too, with that outcome, written in a transaction of its own since the call's
 * is rolled back: a failed attempt leaves a trace like a successful one.
 */
@Audited
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class AccessLogInterceptor {

  @Inject AccessLog accessLog;
  @Inject RequestOrigin origin;
  @Inject Clock clock;
  @Inject CallerIdentity caller;
  @Inject DeniedAccessLog failures;

  @AroundInvoke
  public Object record(InvocationContext invocation) throws Exception {
    Audited audited = auditedOf(invocation.getMethod());
    String justification;
    Object result;
    try {
      // a malformed justification refuses the call before it does anything
      justification = Justification.canonical(origin.justification());
      result = invocation.proceed();
    } catch (RuntimeException refused) {
      String outcome = outcomeOf(refused);
      if (outcome != null) {
        failures.recordFailure(
            audited.action(),
            audited.resource(),
            resourceIdOf(invocation, null),
            outcome,
            refused.getMessage());
      }
      throw refused;
    }
    AccessEvent event =
        new AccessEvent(
                clock.instant(),
                caller.actor(),
                origin.clientAddress(),
                audited.action(),
                audited.resource(),
                resourceIdOf(invocation, result),
                origin.requestId())
            .justifiedBy(justification);
    String crossed = origin.takeCrossOffice();
    if (crossed != null) {
      event.withOutcome(AccessEvent.CROSS_OFFICE).withDetail(crossed);
    } else if (result instanceof AuditedResource resource) {
      event.withOutcome(resource.auditOutcome());
      if (resource.auditDetail() != null) {
        event.withDetail(resource.auditDetail());
      }
    }
    if (audited.action() == AccessAction.SEARCH && event.detail() == null) {
      event.withDetail(
          SearchTrace.of(
              invocation.getMethod().getParameters(), invocation.getParameters(), result));
    }
    accessLog.append(event);
    return result;
  }

  /** The outcome of a refusal that is the caller's doing, or null for the server's own failures. */
  static String outcomeOf(RuntimeException refused) {
    if (refused instanceof OutsideOfficeException) {
      return AccessEvent.DENIED;
    }
    if (refused instanceof ResourceNotFoundException) {
      return AccessEvent.NOT_FOUND;
    }
    if (refused instanceof ConflictException) {
      return AccessEvent.CONFLICT;
    }
    // a bare IllegalArgumentException is the server's own fault, not a refused request
    if (refused instanceof InvalidRequestException
        || refused instanceof UnsupportedFormatException
        || refused instanceof UnprocessableException
        || refused instanceof PreconditionRequiredException) {
      return AccessEvent.REJECTED;
    }
    return null;
  }

  private static Audited auditedOf(Method method) {
    Audited onMethod = method.getAnnotation(Audited.class);
    return onMethod != null ? onMethod : method.getDeclaringClass().getAnnotation(Audited.class);
  }

  static String resourceIdOf(InvocationContext invocation, Object result) {
    if (result instanceof AuditedResource resource) {
      return resource.auditResourceId();
    }
    Annotation[][] annotations = invocation.getMethod().getParameterAnnotations();
    for (int i = 0; i < annotations.length; i++) {
      for (Annotation annotation : annotations[i]) {
        if (annotation instanceof AuditResourceId) {
          Object value = invocation.getParameters()[i];
          return value == null ? null : value.toString();
        }
      }
    }
    return result instanceof Identified identified ? identified.identifier() : null;
  }
}
