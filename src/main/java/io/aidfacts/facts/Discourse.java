package io.aidfacts.facts;

import io.aidfacts.facts.ViewDoc.Located;
import io.aidfacts.model.MentionType;

/**
 * What the article is talking about as it goes: the subject a clause without one carries on
 * ({@code 又拿出50万元…} after a sentence about a company), and the antecedents of anaphors
 * ({@code 该集团}, {@code 该会}, {@code 基金会}, {@code 他本人}). One per article and call; not
 * thread-safe, never shared.
 */
final class Discourse {

  private Party topic;
  private int topicParagraph = -1;

  /** The carried subject for a clause at {@code viewOffset}, or null. */
  Party topic(ViewDoc doc, int viewOffset) {
    return topic != null && topic.start() < viewOffset ? topic : null;
  }

  int topicParagraph() {
    return topicParagraph;
  }

  // Sentences without an act whose subject becomes the topic (Roles#subjectOf), in text order,
  // not read yet: the topic is only looked at by a later act, so sentences after the last act
  // of an article (most of them in articles about anything but aid) are never read.
  private final java.util.ArrayList<ClauseReader.Sentence> pending = new java.util.ArrayList<>();

  /** Makes the subject of {@code s} the topic, when it has one, as soon as the topic is asked for. */
  void carryFrom(ClauseReader.Sentence s) {
    pending.add(s);
  }

  /**
   * Reads the subjects of the sentences {@link #carryFrom carried}, leaving the topic that
   * reading them in order, each under the topic the ones before it left, would leave.
   */
  void settle(ViewDoc doc) {
    if (pending.isEmpty()) {
      return;
    }
    // That topic is the subject of the last of them that has one. Read from the last back, a
    // sentence whose reading does not ask for the topic (only an anaphor with no name to stand
    // for does) has the same subject under any topic, and the ones before it need no reading.
    boolean asked = false;
    unknownTopic = true;
    try {
      for (int k = pending.size() - 1; k >= 0 && !asked; k--) {
        ClauseReader.Sentence s = pending.get(k);
        askedTopic = false;
        Party p = Roles.subjectOfSettled(doc, s, this);
        asked = askedTopic;
        if (!asked && p != null) {
          unknownTopic = false;
          setTopic(p, s.paragraph());
          pending.clear();
          return;
        }
      }
    } finally {
      unknownTopic = false;
    }
    if (asked) {
      for (ClauseReader.Sentence s : pending) {
        // subjectOfSettled does not settle again: this loop alone takes from the list.
        setTopic(Roles.subjectOfSettled(doc, s, this), s.paragraph());
      }
    }
    pending.clear();
  }

  // While settle() reads a sentence before it knows the topic that sentence is read under:
  // readings are not kept, and a reading that asks for the topic says so (askedTopic).
  private boolean unknownTopic;
  private boolean askedTopic;

  void setTopic(Party p, int paragraph) {
    if (p != null) {
      topic = p;
      topicParagraph = paragraph;
      // An anaphor in a zone may resolve to the topic: readings made before it do not hold.
      zones.clear();
    }
  }

  // Readings of zones (Roles#inZone) under the current topic, by start << 32 | end.
  private final java.util.Map<Long, Roles.Found> zones = new java.util.HashMap<>();

  Roles.Found zone(int start, int end) {
    return unknownTopic ? null : zones.get(((long) start << 32) | end);
  }

  void keepZone(int start, int end, Roles.Found f) {
    if (!unknownTopic) {
      zones.put(((long) start << 32) | end, f);
    }
  }

  /**
   * The antecedent of an anaphor before {@code viewOffset}: for a head noun (该集团, 基金会)
   * the latest organisation whose name ends with it (or holds it, for 集团 in
   * 中联华通能源集团有限公司); for 他/她 the latest person.
   */
  Party resolve(ViewDoc doc, int viewOffset, String head) {
    Located best = null;
    for (Located l : doc.mentions) {
      if (l.start() >= viewOffset) {
        break;
      }
      if (head == null) {
        if (l.type() == MentionType.PERSON) {
          best = l;
        }
        continue;
      }
      if (l.type() != MentionType.ORG) {
        continue;
      }
      String name = doc.view(l);
      boolean fits = head.equals("会") ? name.endsWith("会")
          : name.endsWith(head) || (head.equals("集团") || head.equals("公司")) && name.contains(head);
      if (fits) {
        best = l;
      }
    }
    if (best == null && head != null) {
      if (unknownTopic) {
        askedTopic = true;
        return null;
      }
      if (topic != null && topic.viewName().contains(head)) {
        return topic;
      }
    }
    return best == null ? null : Party.of(doc, best);
  }
}
