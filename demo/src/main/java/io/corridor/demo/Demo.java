package io.corridor.demo;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.ServiceLoader;

/**
 * Loads the shared corpus into a running stack: {@code Demo <gateway-url> <issuer-url> <corpus-dir>}.
 * Runs as the demo curator (local realm only), through the public API like any client.
 */
public final class Demo {

    private Demo() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            System.err.println("usage: Demo <gateway-url> <issuer-url> <corpus-dir>");
            System.exit(2);
        }
        Corpus corpus = new Corpus(Path.of(args[2]).toAbsolutePath().normalize());
        if (!Files.isRegularFile(corpus.file("manifest.csv"))) {
            System.err.println("no corpus at " + corpus.dir() + " (manifest.csv missing)");
            System.exit(2);
        }
        Api api = new Api(args[0], args[1], "curator");
        List<CorpusLoader> loaders = ServiceLoader.load(CorpusLoader.class).stream().map(ServiceLoader.Provider::get)
                .sorted(Comparator.comparingInt(CorpusLoader::order)).toList();
        for (CorpusLoader loader : loaders) {
            long t0 = System.nanoTime();
            String summary = loader.load(api, corpus);
            System.out.printf("[demo] %-10s %s (%d ms)%n", loader.name(), summary, (System.nanoTime() - t0) / 1_000_000);
        }
    }
}
