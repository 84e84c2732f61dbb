package io.aidfacts.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code aidfacts eval facts}: not built yet (placeholder so the command list is stable). */
@Command(name = "facts", mixinStandardHelpOptions = true, description = "The metrics of score.py: mentions, amounts, dates and facts against gold records.")
final class EvalFactsCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().getErr().println("aidfacts eval facts: not available in this build yet");
    return Main.USAGE;
  }
}
