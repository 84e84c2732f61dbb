package io.aidfacts.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.dictionary.CustomDictionary;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class LexiconDictionaryTest {

  @Test
  void readsEveryWordOfTheBuiltInArray() {
    TreeMap<String, CoreDictionary.Attribute> all = LexiconDictionary.entries(CustomDictionary.DEFAULT.dat);
    assertEquals(CustomDictionary.DEFAULT.dat.size(), all.size());
    assertEquals(71_546, all.size());
    for (Map.Entry<String, CoreDictionary.Attribute> e : all.entrySet()) {
      assertSame(CustomDictionary.DEFAULT.dat.get(e.getKey()), e.getValue(), e.getKey());
    }
    assertEquals("n 96 ", all.get("民进").toString());
  }
}
