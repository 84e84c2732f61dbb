package io.aidfacts.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code aidfacts eval ner}: not built yet (placeholder so the command list is stable). */
@Command(name = "ner", mixinStandardHelpOptions = true, description = "Exact-span precision, recall and F1 of ORG, PLACE and PERSON against character-level gold.")
final class EvalNerCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().getErr().println("aidfacts eval ner: not available in this build yet");
    return Main.USAGE;
  }
}
