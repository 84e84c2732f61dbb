package io.aidfacts.facts;

import io.aidfacts.model.MentionType;
import io.aidfacts.model.OrgMention;
import java.util.Objects;

/**
 * A giver or receiver named in the article: an organisation, a person or a place (a city or a
 * district government giving as a whole).
 *
 * @param name as written in the body
 * @param viewName as written in the normalized view (what names are compared on)
 * @param type ORG, PERSON or PLACE
 * @param start view offset
 * @param end view offset
 * @param canonical the organisation's canonical name when the recognizer knew it, else null
 */
record Party(String name, String viewName, MentionType type, int start, int end, String canonical) {

  Party {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(viewName, "viewName");
    Objects.requireNonNull(type, "type");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("party '" + name + "' has bad view span " + start + ".." + end);
    }
  }

  static Party of(ViewDoc doc, ViewDoc.Located l) {
    return doc.party(l);
  }

  /** A new party for {@code l}; {@link ViewDoc#party} keeps one per mention. */
  static Party make(ViewDoc doc, ViewDoc.Located l) {
    String canonical = l.mention() instanceof OrgMention o ? o.canonical() : null;
    return new Party(doc.bodyText(l.start(), l.end()), doc.view(l), l.type(), l.start(), l.end(), canonical);
  }

  /** Two places written together ({@code 青岛市崂山区}) are one party. */
  static Party joined(ViewDoc doc, Party a, Party b) {
    return new Party(doc.bodyText(a.start, b.end), doc.view(a.start, b.end), b.type, a.start, b.end,
        b.canonical);
  }

  Party named(String name, String viewName, String canonical) {
    return new Party(name, viewName, type, start, end, canonical);
  }
}
