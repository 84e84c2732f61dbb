package io.aidfacts.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code aidfacts index}: not built yet (placeholder so the command list is stable). */
@Command(name = "index", mixinStandardHelpOptions = true, description = "Add articles (inputs of extract, or its --with-body output) to a Lucene index.")
final class IndexCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().getErr().println("aidfacts index: not available in this build yet");
    return Main.USAGE;
  }
}
