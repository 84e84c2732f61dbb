package io.aidfacts.facts;

import io.aidfacts.model.MentionType;
import io.aidfacts.model.OrgMention;
import java.util.Objects;

/**
 * A giver or receiver named in the article: an organisation, a person or a place (a city or a
 * district government giving as a whole). Its name is the text of a view span (its own, or the
 * fuller name {@link #named} gives it), made into strings only when asked for: most parties the
 * roles look at are compared by offset and type alone and never named.
 */
final class Party {

  private final ViewDoc doc;
  private final int nameStart;
  private final int nameEnd;
  private final MentionType type;
  private final int start;
  private final int end;
  private final String canonical;
  private String name;
  private String viewName;

  /**
   * @param nameStart view offset of the name
   * @param nameEnd view offset after the name
   * @param type ORG, PERSON or PLACE
   * @param start view offset
   * @param end view offset
   * @param canonical the organisation's canonical name when the recognizer knew it, else null
   */
  private Party(ViewDoc doc, int nameStart, int nameEnd, MentionType type, int start, int end, String canonical) {
    this.doc = Objects.requireNonNull(doc, "doc");
    this.type = Objects.requireNonNull(type, "type");
    if (start < 0 || end < start || nameStart < 0 || nameEnd < nameStart || nameEnd > doc.text.length()) {
      throw new IllegalArgumentException("party of type " + type + " has bad view span " + start + ".." + end
          + " or name span " + nameStart + ".." + nameEnd + " (view length " + doc.text.length() + ")");
    }
    this.nameStart = nameStart;
    this.nameEnd = nameEnd;
    this.start = start;
    this.end = end;
    this.canonical = canonical;
  }

  static Party of(ViewDoc doc, ViewDoc.Located l) {
    return doc.party(l);
  }

  /** A new party for {@code l}; {@link ViewDoc#party} keeps one per mention. */
  static Party make(ViewDoc doc, ViewDoc.Located l) {
    String canonical = l.mention() instanceof OrgMention o ? o.canonical() : null;
    return new Party(doc, l.start(), l.end(), l.type(), l.start(), l.end(), canonical);
  }

  /** The party of the view span {@code [start, end)}, named by it. */
  static Party spanning(ViewDoc doc, MentionType type, int start, int end, String canonical) {
    return new Party(doc, start, end, type, start, end, canonical);
  }

  /** Two places written together ({@code 青岛市崂山区}) are one party. */
  static Party joined(ViewDoc doc, Party a, Party b) {
    return new Party(doc, a.start, b.end, b.type, a.start, b.end, b.canonical);
  }

  /** This party named by the view span {@code [nameStart, nameEnd)} (a fuller form of its name). */
  Party named(int nameStart, int nameEnd, String canonical) {
    return new Party(doc, nameStart, nameEnd, type, start, end, canonical);
  }

  /** As written in the body. */
  String name() {
    if (name == null) {
      name = doc.bodyText(nameStart, nameEnd);
    }
    return name;
  }

  /** As written in the normalized view (what names are compared on). */
  String viewName() {
    if (viewName == null) {
      viewName = doc.view(nameStart, nameEnd);
    }
    return viewName;
  }

  /** Length of {@link #viewName()}, without making it. */
  int viewNameLength() {
    return nameEnd - nameStart;
  }

  /** Whether {@code t} (the view) holds {@link #viewName()} right before {@code at}, read in place. */
  boolean viewNameBefore(String t, int at) {
    int length = nameEnd - nameStart;
    return at >= length && t.regionMatches(at - length, doc.text, nameStart, length);
  }

  /** Whether {@link #viewName()} ends with {@code w}, read in place. */
  boolean viewNameEndsWith(String w) {
    return nameEnd - nameStart >= w.length() && doc.text.startsWith(w, nameEnd - w.length());
  }

  MentionType type() {
    return type;
  }

  /** View offset. */
  int start() {
    return start;
  }

  /** View offset. */
  int end() {
    return end;
  }

  String canonical() {
    return canonical;
  }

  @Override
  public String toString() {
    return "Party[" + viewName() + " " + type + " " + start + ".." + end + "]";
  }
}
