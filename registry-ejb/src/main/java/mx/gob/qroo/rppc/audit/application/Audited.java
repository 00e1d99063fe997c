package mx.gob.qroo.rppc.audit.application;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import mx.gob.qroo.rppc.audit.domain.AccessAction;
import mx.gob.qroo.rppc.audit.domain.ResourceType;

/**
 * Marks an application-service method whose successful call is an access event, written in the same
 * transaction. The resource id comes from a {@link AuditedResource} result or, failing that, from
 * the parameter marked {@link AuditResourceId}.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface Audited {

  @Nonbinding
  AccessAction action() default AccessAction.READ;

  @Nonbinding
  ResourceType resource() default ResourceType.FILING;
}
