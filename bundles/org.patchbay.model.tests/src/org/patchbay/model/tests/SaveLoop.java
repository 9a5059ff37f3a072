package org.patchbay.model.tests;

import java.nio.file.Path;

import org.patchbay.model.Cluster;
import org.patchbay.model.persistence.ClusterFiles;
import org.patchbay.model.templates.TopologyTemplates;

/**
 * Child process for {@link AtomicSaveTest}: saves a large topology over and over to one file,
 * announcing each save on stdout, until it is killed.
 */
public final class SaveLoop {

    private SaveLoop() {
    }

    public static void main(String[] args) throws Exception {
        Path target = Path.of(args[0]);
        int hosts = Integer.parseInt(args[1]);
        Cluster cluster = TopologyTemplates.clusterTree(hosts, 40);
        for (int generation = 1; generation <= 10_000; generation++) {
            cluster.setName("generation-" + generation);
            System.out.println("saving " + generation);
            System.out.flush();
            ClusterFiles.save(cluster, target);
        }
    }
}
