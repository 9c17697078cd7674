package org.dateline.server;

/**
 * The body of {@code POST /api/articles}: the article as {@code text} or as a page's {@code html},
 * where it comes from, and what the client knows of it. Every field is optional but one of text and html.
 */
record SubmissionJson(String text, String html, String url, String language, String date, String title) {}
