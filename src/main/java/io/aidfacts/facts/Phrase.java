package io.aidfacts.facts;

/**
 * A receiver that is a phrase rather than a name ({@code 100名品学兼优、家庭困难的学生}).
 *
 * @param text as written in the body
 * @param start view offset
 * @param end view offset
 */
record Phrase(String text, int start, int end) {

  Phrase {
    if (text == null || text.isEmpty()) {
      throw new IllegalArgumentException("a phrase needs text, got '" + text + "'");
    }
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("phrase '" + text + "' has bad view span " + start + ".." + end);
    }
  }

  static Phrase of(ViewDoc doc, int start, int end) {
    return new Phrase(doc.bodyText(start, end), start, end);
  }
}
