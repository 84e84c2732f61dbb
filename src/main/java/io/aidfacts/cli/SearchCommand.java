package io.aidfacts.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code aidfacts search}: not built yet (placeholder so the command list is stable). */
@Command(name = "search", mixinStandardHelpOptions = true, description = "Search an aid-fact index by donor, amount, place, date, category and text.")
final class SearchCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().getErr().println("aidfacts search: not available in this build yet");
    return Main.USAGE;
  }
}
