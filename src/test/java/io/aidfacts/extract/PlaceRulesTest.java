package io.aidfacts.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.aidfacts.AidFacts;
import io.aidfacts.model.Article;
import io.aidfacts.model.OrgMention;
import io.aidfacts.model.PlaceMention;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Place spans beyond single names: kinds of place, peoples, venues, common words. */
class PlaceRulesTest {

  private static final AidFacts aid = AidFacts.builder().facts(false).build();

  /** Each place as {@code text@start#code} ({@code #-} without a code); shared with {@link PlaceAbbreviationsTest}. */
  static List<String> places(String body) {
    return aid.extract(Article.of("t", body)).mentions().stream()
        .filter(PlaceMention.class::isInstance).map(PlaceMention.class::cast)
        .map(p -> p.text() + "@" + p.start() + "#" + (p.code() == null ? "-" : p.code())).toList();
  }

  private static List<String> orgs(String body) {
    return aid.extract(Article.of("t", body)).mentions().stream()
        .filter(OrgMention.class::isInstance).map(m -> m.text()).toList();
  }

  @Test
  void aNameAndAKindOfPlaceAreOnePlace() {
    assertEquals(List.of("伊豆半岛@4#-", "香山公园@15#-"), places("游客们从伊豆半岛出发，傍晚到达香山公园。"));
  }

  @Test
  void thePlaceInAWordForItsPeople() {
    // 上海 keeps its code; 德国 has none.
    assertEquals(List.of("德国@2#-", "上海@6#310000", "中国美术馆@12#-"), places("几位德国人和上海人参观了中国美术馆。"));
  }

  @Test
  void aMuseumIsAPlaceNotAnOrganisation() {
    assertEquals(List.of(), orgs("几位德国人和上海人参观了中国美术馆。"));
  }

  @Test
  void commonWordsHanlpTagsAsPlacesAreNone() {
    assertEquals(List.of(), places("西方国家的专家走进大山，城区的居民也来了。"));
    // 老城区 is a district of 洛阳 and the article names 洛阳; a bare 城区 names no district here.
    assertEquals(List.of("洛阳市@0#410300", "老城区@3#410302"), places("洛阳市老城区的居民和城区的居民。"));
  }
}
