package io.aidfacts.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code aidfacts eval seg}: not built yet (placeholder so the command list is stable). */
@Command(name = "seg", mixinStandardHelpOptions = true, description = "Word precision, recall, F1 and OOV recall against gold segmented text.")
final class EvalSegCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().getErr().println("aidfacts eval seg: not available in this build yet");
    return Main.USAGE;
  }
}
