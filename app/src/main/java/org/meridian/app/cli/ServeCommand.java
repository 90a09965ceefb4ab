package org.meridian.app.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import org.meridian.app.MeridianApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Start the web application and the REST API (the default subcommand).",
        footerHeading = "%nExamples:%n",
        footer = {
                "  ./meridian serve --demo",
                "  ./meridian serve --data-dir /srv/meridian --port 8080",
                "  SPRING_DATASOURCE_URL=jdbc:postgresql://127.0.0.1:5432/meridian ./meridian serve" })
class ServeCommand implements Callable<Integer> {

    @Option(names = "--demo", description = "Seed the demo institution and its users (idempotent).")
    boolean demo;

    @Option(names = "--port", description = "HTTP port (default: ${DEFAULT-VALUE}).", defaultValue = "8080")
    int port;

    @Option(names = "--data-dir", description = "Folder of the embedded database, documents and analytics store "
            + "(default: ./data or MERIDIAN_DATA_DIR).")
    Path dataDir;

    @Override
    public Integer call() throws InterruptedException {
        List<String> springArgs = new ArrayList<>();
        springArgs.add("--server.port=" + port);
        if (demo) {
            springArgs.add("--meridian.demo.enabled=true");
        }
        if (dataDir != null) {
            springArgs.add("--meridian.data-dir=" + dataDir.toAbsolutePath());
        }
        ConfigurableApplicationContext context = SpringApplication.run(MeridianApplication.class,
                springArgs.toArray(String[]::new));
        CountDownLatch closed = new CountDownLatch(1);
        context.addApplicationListener(event -> {
            if (event instanceof org.springframework.context.event.ContextClosedEvent) {
                closed.countDown();
            }
        });
        closed.await();
        return 0;
    }
}
