package mx.gob.qroo.rppc.web.shared.filter;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.SessionCookieConfig;
import jakarta.servlet.annotation.WebListener;

/**
 * The back office's session cookie: never readable by scripts, sent by the browser only on this
 * site's own requests and on top-level navigations to it (SameSite=Lax, which the login's return
 * from Keycloak needs), and only over TLS when the registry is served over TLS (its public URL,
 * system property {@code rppc.public-url}, starts with {@code https:}).
 */
@WebListener
public class SessionCookies implements ServletContextListener {

  @Override
  public void contextInitialized(ServletContextEvent event) {
    SessionCookieConfig cookie = event.getServletContext().getSessionCookieConfig();
    cookie.setHttpOnly(true);
    cookie.setAttribute("SameSite", "Lax");
    cookie.setSecure(System.getProperty("rppc.public-url", "").startsWith("https:"));
  }
}
