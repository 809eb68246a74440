package io.loquent.core.internal.graph;

import io.loquent.api.MigrationScript;
import io.loquent.api.Op;
import io.loquent.core.RevisionInfo;
import io.loquent.core.internal.script.LoadedRevision;
import java.util.ArrayList;
import java.util.List;

/** Revision graphs written as {@code "b<-a"}, {@code "m<-b,c"}, {@code "d<-c|dep"} (a dependency after the bar). */
final class Fixtures {
    private Fixtures() {
    }

    /** A script that does nothing; the graph only needs its declaration. */
    static final class Empty implements MigrationScript {
        @Override
        public void upgrade(Op op) {
        }

        @Override
        public void downgrade(Op op) {
        }
    }

    static RevisionGraph graph(String... specs) {
        return RevisionGraph.of(revisions(specs));
    }

    static List<LoadedRevision> revisions(String... specs) {
        List<LoadedRevision> list = new ArrayList<>();
        for (String spec : specs) {
            String[] hash = spec.split("#");
            List<String> labels = hash.length > 1 ? List.of(hash[1].split(",")) : List.of();
            String[] bar = hash[0].split("\\|");
            String[] parts = bar[0].split("<-");
            List<String> down = parts.length > 1 ? List.of(parts[1].split(",")) : List.of();
            List<String> deps = bar.length > 1 ? List.of(bar[1].split(",")) : List.of();
            list.add(new LoadedRevision(new RevisionInfo(parts[0], down, labels, deps, "msg " + parts[0],
                    parts[0] + ".java", "sha256:0"), Empty.class));
        }
        return list;
    }
}
