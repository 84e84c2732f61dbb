package io.aidfacts.cli;

import picocli.CommandLine.Command;

/** {@code aidfacts eval}: scores for segmentation, entities and facts against gold data. */
@Command(name = "eval", mixinStandardHelpOptions = true,
    description = "Score segmentation, entities or facts against gold data.",
    subcommands = {EvalSegCommand.class, EvalNerCommand.class, EvalFactsCommand.class})
final class EvalCommand {}
