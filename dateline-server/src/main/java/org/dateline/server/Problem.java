package org.dateline.server;

/**
 * An error as the client reads it (RFC 9457 problem details): the status, a short title and one line
 * saying what was wrong and what to do. Never a stack trace.
 */
public record Problem(int status, String title, String detail) {

  static Problem badRequest(String detail) {
    return new Problem(400, "Bad request", detail);
  }

  static Problem notFound(String detail) {
    return new Problem(404, "Not found", detail);
  }

  static Problem unprocessable(String detail) {
    return new Problem(422, "Unprocessable content", detail);
  }

  static Problem unavailable(String detail) {
    return new Problem(503, "Knowledge base unavailable", detail);
  }
}
