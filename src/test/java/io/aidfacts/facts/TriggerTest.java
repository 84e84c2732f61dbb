package io.aidfacts.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.aidfacts.model.Article;
import io.aidfacts.model.NormalizedText;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TriggerTest {

  private static List<String> kinds(String text) {
    ViewDoc doc = new ViewDoc(Article.of("a", text), NormalizedText.identity(text), List.of());
    List<String> out = new ArrayList<>();
    for (Trigger t : Trigger.find(doc, 0, text.length())) {
      out.add(t.verb() + ":" + t.kind());
    }
    return out;
  }

  @Test
  void buyingSharesIsNoConsumptionAidUnlessAClauseEndsFirst() {
    assertEquals(List.of(), kinds("集团收购该公司30%股权"));
    assertEquals(List.of("收购:BUY"), kinds("集团收购茶叶。股市"));
    assertEquals(List.of("收购:BUY"), kinds("收购农产品一共十一万斤以上股"));
    assertEquals(List.of(), kinds("认购基金份额"));
  }

  @Test
  void arrangingAndSettingUpGiveMoneyOnlyWhenMoneyFollowsOnTheSameLine() {
    assertEquals(List.of("安排:FUND"), kinds("安排援疆资金两亿元"));
    assertEquals(List.of(), kinds("安排专家坐诊"));
    assertEquals(List.of("设立:FUND"), kinds("设立了一个教育奖学金"));
    assertEquals(List.of(), kinds("设立\n奖学金"));
  }

  @Test
  void charactersOutsideTheBmpCountOnceInTheWindowAfterTheVerb() {
    // Four characters may stand between 安排 and 资金; 𠮷 is one character in two chars.
    assertEquals(List.of("安排:FUND"), kinds("安排𠮷𠮷𠮷资金"));
    assertEquals(List.of("安排:FUND"), kinds("安排𠮷𠮷𠮷𠮷资金"));
    assertEquals(List.of(), kinds("安排𠮷𠮷𠮷𠮷𠮷资金"));
    assertEquals(List.of(), kinds("安排一二三四五资金"));
  }

  @Test
  void wordsBeforeTheVerbMakeItANoun() {
    assertEquals(List.of(), kinds("完成投资3亿元"));
    assertEquals(List.of("投资:INVEST"), kinds("企业投资3亿元"));
    assertEquals(List.of("销售:BUY"), kinds("帮助恩施州销售茶叶"));
    assertEquals(List.of(), kinds("恩施州销售茶叶"));
    assertEquals(List.of("捐:GIVE"), kinds("他捐了"));
  }
}
