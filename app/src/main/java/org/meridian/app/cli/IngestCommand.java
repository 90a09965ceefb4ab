package org.meridian.app.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Load external data into Meridian's analytics store.",
        subcommands = { IngestOpenAlexCommand.class },
        footerHeading = "%nExamples:%n",
        footer = { "  ./meridian ingest openalex /data/openalex            a snapshot with works/, institutions/, topics/",
                "  ./meridian ingest openalex works_sample.jsonl.gz     one file of works" })
class IngestCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Name a source to ingest, e.g. 'ingest openalex PATH'.");
    }
}
