package io.aidfacts.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.aidfacts.model.Article;
import io.aidfacts.model.MentionType;
import io.aidfacts.read.TextNormalizer;
import org.junit.jupiter.api.Test;

/** A party's name is its name span's text: the body's for {@code name}, the view's for {@code viewName}. */
class PartyTest {

  private static ViewDoc doc(String marked) {
    Marked m = Marked.parse(marked);
    Article a = m.article("2020-01-01");
    return new ViewDoc(a, TextNormalizer.normalize(a.body()), m.mentions());
  }

  @Test
  void namesAreTheSpansTextInBodyAndView() {
    // Traditional in the body, simplified in the view.
    ViewDoc d = doc("{PLACE:青島市}{PLACE:嶗山區}向{ORG:香洲區慈善會}捐款。");
    Party city = Party.of(d, d.mentions.get(0));
    Party district = Party.of(d, d.mentions.get(1));
    assertEquals("青島市", city.name());
    assertEquals("青岛市", city.viewName());
    Party joined = Party.joined(d, city, district);
    assertEquals("青島市嶗山區", joined.name());
    assertEquals("青岛市崂山区", joined.viewName());
    assertEquals(0, joined.start());
    assertEquals(6, joined.end());
    assertEquals(MentionType.PLACE, joined.type());
    Party org = Party.of(d, d.mentions.get(2));
    assertEquals(true, org.viewNameEndsWith("慈善会"));
    assertEquals(false, org.viewNameEndsWith("公司"));
    assertEquals(true, org.viewNameBefore(d.text, 13));
    assertEquals(false, org.viewNameBefore(d.text, 12));
    // Named by a fuller span, the party keeps its own offsets.
    Party named = city.named(0, 6, "青岛市崂山区人民政府");
    assertEquals("青島市嶗山區", named.name());
    assertEquals(0, named.start());
    assertEquals(3, named.end());
    assertEquals("青岛市崂山区人民政府", named.canonical());
  }

  @Test
  void aSpanOutsideTheViewIsRefused() {
    ViewDoc d = doc("{ORG:甲公司}捐款。");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Party.spanning(d, MentionType.ORG, 2, 40, null));
    assertEquals("party of type ORG has bad view span 2..40 or name span 2..40 (view length 6)", e.getMessage());
  }
}
