package mx.gob.qroo.rppc.audit.application;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.time.Clock;
import mx.gob.qroo.rppc.audit.domain.AccessEvent;
import mx.gob.qroo.rppc.audit.domain.AccessLog;
import mx.gob.qroo.rppc.audit.domain.Justification;
import mx.gob.qroo.rppc.shared.application.RequestOrigin;

/**
 * Writes the access event of an {@link Audited} call after the business method succeeds and before
 * its transaction commits: no audit row, no business change.
 */
@Audited
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class AccessLogInterceptor {

  @Inject AccessLog accessLog;
  @Inject RequestOrigin origin;
  @Inject Clock clock;
  @Inject CallerIdentity caller;

  @AroundInvoke
  public Object record(InvocationContext invocation) throws Exception {
    // a malformed justification refuses the call before it does anything
    String justification = Justification.canonical(origin.justification());
    Object result = invocation.proceed();
    Audited audited = auditedOf(invocation.getMethod());
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
    if (result instanceof AuditedResource resource) {
      event.withOutcome(resource.auditOutcome());
      if (resource.auditDetail() != null) {
        event.withDetail(resource.auditDetail());
      }
    }
    accessLog.append(event);
    return result;
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
    return null;
  }
}
