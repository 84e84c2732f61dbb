package io.aidfacts.extract;

import static io.aidfacts.extract.Tags.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TagsTest {

  @Test
  void prefixAndExactBitsFollowTheTagString() {
    assertEquals(P_N | P_NS, Tags.of("nsf"));
    assertEquals(P_N | P_NR | E_NR, Tags.of("nr"));
    assertEquals(P_N | P_NR | E_NRF, Tags.of("nrf"));
    assertEquals(P_N | P_NT, Tags.of("ntcb"));
    assertEquals(P_N | E_NNT, Tags.of("nnt"));
    assertEquals(P_N | E_N, Tags.of("n"));
    assertEquals(P_V | E_VN, Tags.of("vn"));
    assertEquals(P_R | E_RR, Tags.of("rr"));
    assertEquals(E_GI, Tags.of("gi"));
    assertEquals(P_M, Tags.of("mq"));
    assertEquals(P_T, Tags.of("t"));
    assertEquals(0, Tags.of(""));
    assertEquals(0, Tags.of("h"));
  }
}
