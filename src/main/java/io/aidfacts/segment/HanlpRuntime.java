package io.aidfacts.segment;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.utility.Predefine;
import java.util.logging.Level;

/**
 * HanLP's global configuration, done once per JVM. HanLP reads its dictionaries from its own
 * jar; a {@code hanlp.properties} or {@code HANLP_ROOT} in the user's environment would point
 * it elsewhere, which the README warns about.
 */
final class HanlpRuntime {

  private HanlpRuntime() {}

  private static final class Holder {
    static final boolean DONE = configure();

    private static boolean configure() {
      // HanLP resets its logger level in code, so logging.properties cannot silence it.
      HanLP.Config.enableDebug(false);
      Predefine.logger.setLevel(Level.OFF);
      return true;
    }
  }

  static void init() {
    if (!Holder.DONE) {
      throw new AssertionError();
    }
  }
}
