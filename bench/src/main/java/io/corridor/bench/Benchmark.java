package io.corridor.bench;

import java.util.List;

/** A group of figures. Implementations are listed in META-INF/services and run in ascending order. */
public interface Benchmark {

    int order();

    String name();

    List<Figure> run(Target target, Scale scale) throws Exception;
}
