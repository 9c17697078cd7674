package org.dateline.server;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.HttpStatus;
import io.javalin.http.SameSite;

/** {@code /login}: a browser gives the token once in a form and keeps it in a strict, HTTP-only cookie. */
final class LoginHandler {

  private final AccessGuard guard;
  private final Pages pages;

  LoginHandler(AccessGuard guard, Pages pages) {
    this.guard = guard;
    this.pages = pages;
  }

  /** The paths a browser needs before it has the token. */
  static boolean isOpen(String path) {
    return path.equals("/login") || path.equals("/assets/app.css") || path.equals("/favicon.ico");
  }

  void get(Context ctx) {
    pages.serve(ctx, "login");
  }

  void post(Context ctx) {
    String token = ctx.formParam("token");
    if (!guard.enabled()) {
      ctx.redirect("/", HttpStatus.SEE_OTHER);
      return;
    }
    if (token == null || !guard.matches(token.strip())) {
      throw new ProblemException(new Problem(401, "Unauthorized", "that is not this server's access token"));
    }
    Cookie cookie = new Cookie(AccessGuard.COOKIE, token.strip());
    cookie.setHttpOnly(true);
    cookie.setSameSite(SameSite.STRICT);
    cookie.setPath("/");
    ctx.cookie(cookie);
    ctx.redirect("/", HttpStatus.SEE_OTHER);
  }
}
